// myapp's pages in a real Chromium: Debian's /usr/bin/chromium, headless,
// driven by playwright-core (never a browser download), against the real
// myapp binary on a free port with a fresh SQLite file. Screenshots of every
// page in both languages go to target/screenshots/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import net from "node:net";
import { chromium } from "playwright-core";

const ROOT = new URL("../../", import.meta.url).pathname;
const MYAPP = process.env.MYAPP_BIN ?? join(ROOT, "target/release/myapp");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "target/screenshots");

let server;
let browser;
let base;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const data = mkdtempSync(join(tmpdir(), "myapp-browser-"));
  const [http, grpc] = [await freePort(), await freePort()];
  server = spawn(MYAPP, [
    `--http-addr=127.0.0.1:${http}`,
    `--grpc-addr=127.0.0.1:${grpc}`,
    `--database-url=sqlite://${data}/myapp.db`,
    "--log-level=warn",
  ], { stdio: "inherit" });
  base = `http://127.0.0.1:${http}`;
  await waitReady(`${base}/readyz`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // A fresh temporary profile each launch; no calls to the outside world.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function newPage(locale = "en-US") {
  const context = await browser.newContext({ locale, viewport: { width: 900, height: 800 } });
  return context.newPage();
}

async function signUp(page, name, password, intro = "") {
  await page.goto(`${base}/user/signup`);
  await page.fill("#username", name);
  await page.fill("#password", password);
  await page.fill("#introduction", intro);
  await page.click("button[type=submit]");
}

test("sign up, fix inline errors, log in, see the profile, switch language, log out, go Back", async () => {
  const page = await newPage("en-US");
  await page.goto(`${base}/user/signup`);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  for (const [field, autocomplete] of [["#username", "username"], ["#password", "new-password"]]) {
    assert.equal(await page.getAttribute(field, "autocomplete"), autocomplete);
    assert.notEqual(await page.getAttribute(field, "required"), null);
  }
  await shot(page, "signup-en");

  // A short password: the error is shown at the top and beside the field, what was typed is kept.
  await signUp(page, "alice", "short", "I like tea.");
  assert.match(await page.textContent("#password-error"), /at least 8 characters/);
  assert.equal(await page.getAttribute("#password", "aria-invalid"), "true");
  assert.match(await page.textContent("#form-errors"), /Password must be at least 8 characters/);
  assert.equal(await page.inputValue("#username"), "alice");
  assert.equal(await page.inputValue("#password"), "");
  await shot(page, "signup-errors-en");

  await page.fill("#password", "correct horse");
  await page.click("button[type=submit]");
  assert.match(page.url(), /\/user\/login\?notice=signed-up&name=alice$/);
  assert.match(await page.textContent("#flash"), /account was created/);
  assert.equal(await page.inputValue("#username"), "alice", "the new name is filled in");
  await shot(page, "login-en");

  // The same name again, from another visitor: taken.
  const other = await newPage("en-US");
  await signUp(other, "alice", "another password");
  assert.match(await other.textContent("#username-error"), /already taken/);
  await shot(other, "signup-taken-en");
  await other.context().close();

  await page.fill("#username", "alice");
  await page.fill("#password", "correct horse");
  await page.click("button[type=submit]");
  assert.match(page.url(), /\/user\/profile$/);
  const userAgent = await page.evaluate(() => navigator.userAgent);
  assert.equal(await page.textContent("#user-agent"), userAgent);
  const chromeVersion = userAgent.match(/Chrome\/([\d.]+)/)[1];
  assert.equal(await page.textContent("#browser"), `Chrome ${chromeVersion}`);
  assert.equal(await page.textContent("#os"), "Linux");
  assert.equal(await page.textContent("#introduction"), "I like tea.");
  await shot(page, "profile-en");

  // Switch to Chinese: the same page comes back in Chinese, and the choice holds.
  await page.click("nav a.lang");
  assert.match(page.url(), /\/user\/profile$/);
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.match(await page.textContent("h1"), /你好/);
  await shot(page, "profile-zh");
  await page.goto(`${base}/`);
  assert.match(await page.textContent("h1"), /欢迎使用/);

  await page.goto(`${base}/user/profile`);
  await page.click("form[action='/user/logout'] button");
  assert.match(page.url(), /\/user\/login\?notice=logged-out$/);
  assert.match(await page.textContent("#flash"), /已退出登录/);
  await shot(page, "login-logged-out-zh");

  // Back after logout: the profile is fetched again (no-store), and shows nothing private.
  await page.goBack();
  assert.doesNotMatch(page.url(), /\/user\/profile$/);
  assert.equal(await page.locator("dl.facts").count(), 0);
  assert.equal(await page.locator("text=I like tea.").count(), 0);
  await page.context().close();
});

test("a login form shown before a login and logout still logs in, in the language it was shown in", async () => {
  const page = await newPage("zh-CN");
  await signUp(page, "backer", "password123");
  // A login form left open (or cached) in one tab ...
  await page.goto(`${base}/user/login`);
  // ... while the same browser logs in and out in another.
  const other = await page.context().newPage();
  await other.goto(`${base}/user/login`);
  await other.fill("#username", "backer");
  await other.fill("#password", "password123");
  await other.click("button[type=submit]");
  assert.match(other.url(), /\/user\/profile$/);
  await other.click("form[action='/user/logout'] button");
  assert.match(other.url(), /\/user\/login\?notice=logged-out$/);

  await page.fill("#username", "backer");
  await page.fill("#password", "password123");
  await page.click("button[type=submit]");
  assert.match(page.url(), /\/user\/profile$/);
  assert.match(await page.textContent("h1"), /你好/);
  await shot(page, "login-after-logout-zh");

  // Back twice in the other tab: past the profile (gone: it brings a login
  // form) to the login form as it was shown before; it logs in too.
  await other.goBack();
  await other.goBack();
  assert.match(other.url(), /\/user\/login$/);
  await other.fill("#username", "backer");
  await other.fill("#password", "password123");
  await other.click("button[type=submit]");
  assert.match(other.url(), /\/user\/profile$/);
  await page.context().close();
});

test("a form submitted with a stale CSRF token is refused", async () => {
  const page = await newPage("en-US");
  await page.goto(`${base}/user/signup`);
  await page.fill("#username", "mallory");
  await page.fill("#password", "password123");
  // The cookie behind the form's token is gone (cookies cleared, a new one made).
  await page.context().clearCookies();
  const fresh = await page.context().newPage();
  await fresh.goto(`${base}/user/login`);
  await page.click("button[type=submit]");
  // The form comes back with what was typed (never the password) and a fresh token.
  assert.match(await page.textContent("#form-notice"), /Form expired/);
  assert.equal(await page.inputValue("#username"), "mallory");
  assert.equal(await page.inputValue("#password"), "");
  await shot(page, "csrf-refused-en");
  // Nothing was created.
  const check = await newPage();
  await check.goto(`${base}/user/login`);
  await check.fill("#username", "mallory");
  await check.fill("#password", "password123");
  await check.click("button[type=submit]");
  assert.match(await check.textContent("#form-errors"), /Unknown username or wrong password/);
  await page.context().close();
  await check.context().close();
});

async function logIn(page, name, password) {
  await page.goto(`${base}/user/login`);
  await page.fill("#username", name);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
}

test("account settings: edit the introduction, change the password, delete the account", async () => {
  const page = await newPage("en-US");
  await signUp(page, "settler", "first password", "tea");
  await logIn(page, "settler", "first password");
  assert.match(page.url(), /\/user\/profile$/);
  // The same account in another browser: its login ends with the password change.
  const other = await newPage("en-US");
  await logIn(other, "settler", "first password");
  assert.match(other.url(), /\/user\/profile$/);

  await page.click("#settings-link");
  assert.match(page.url(), /\/user\/settings$/);
  assert.equal(await page.getAttribute("#current-password", "autocomplete"), "current-password");
  assert.equal(await page.getAttribute("#new-password", "autocomplete"), "new-password");
  assert.equal(await page.inputValue("#introduction"), "tea");
  await shot(page, "settings-en");

  await page.fill("#introduction", "coffee now");
  await page.click("#edit-introduction button[type=submit]");
  assert.match(page.url(), /\/user\/settings\?notice=introduction-saved$/);
  assert.match(await page.textContent("#flash"), /introduction was saved/);
  assert.equal(await page.inputValue("#introduction"), "coffee now");
  await page.goto(`${base}/user/profile`);
  assert.equal(await page.textContent("#introduction"), "coffee now");
  await other.reload();
  assert.equal(await other.textContent("#introduction"), "coffee now", "the other login shows it at once");

  // A wrong current password: said beside the field, nothing typed shown again.
  await page.goto(`${base}/user/settings`);
  await page.fill("#current-password", "wrong password");
  await page.fill("#new-password", "second password");
  await page.click("#change-password button[type=submit]");
  assert.match(await page.textContent("#current-password-error"), /password is wrong/);
  assert.equal(await page.getAttribute("#current-password", "aria-invalid"), "true");
  assert.equal(await page.inputValue("#current-password"), "");
  assert.equal(await page.inputValue("#new-password"), "");
  await shot(page, "settings-wrong-password-en");

  await page.fill("#current-password", "first password");
  await page.fill("#new-password", "second password");
  await page.click("#change-password button[type=submit]");
  assert.match(page.url(), /\/user\/settings\?notice=password-changed$/);
  assert.match(await page.textContent("#flash"), /password was changed/);
  await other.goto(`${base}/user/profile`);
  assert.match(other.url(), /\/user\/login\?notice=session-expired$/, "the other login ended");
  assert.match(await other.textContent("main"), /session has expired/);
  await other.context().close();

  // The same page in Chinese.
  await page.goto(`${base}/lang/zh?back=/user/settings`);
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  assert.match(await page.textContent("h1"), /账户设置/);
  await shot(page, "settings-zh");
  await page.goto(`${base}/lang/en?back=/user/settings`);

  await page.fill("#delete-password", "second password");
  await page.click("#delete-account button[type=submit]");
  assert.match(page.url(), /\/user\/deleted$/);
  assert.match(await page.textContent("#flash"), /account was deleted/);
  await shot(page, "account-deleted-en");
  await page.goto(`${base}/user/profile`);
  assert.match(page.url(), /\/user\/login$/, "logged out");
  await logIn(page, "settler", "second password");
  assert.match(await page.textContent("#form-errors"), /Unknown username or wrong password/);
  await page.context().close();
});

async function metric(name) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  assert.ok(line, `${name} on /metrics`);
  return Number(line.split(" ")[1]);
}

test("the profile's server time keeps ticking without a reload, and closing the tab lets its watcher go", async () => {
  const page = await newPage("en-US");
  await signUp(page, "clockwatcher", "password123");
  await page.fill("#username", "clockwatcher");
  await page.fill("#password", "password123");
  await page.click("button[type=submit]");
  assert.match(page.url(), /\/user\/profile$/);
  const rendered = await page.textContent("#server-time");
  assert.match(rendered, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  // Two changes within 3 s, seen in the page as it is, never reloaded.
  const marker = await page.evaluate(() => (window.__notReloaded = Math.random()));
  const seen = [rendered];
  const deadline = Date.now() + 3000;
  while (seen.length < 3 && Date.now() < deadline) {
    const now = await page.textContent("#server-time");
    if (now !== seen.at(-1)) seen.push(now);
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(seen.length >= 3, `the clock changed ${seen.length - 1} times in 3 s: ${seen.join(", ")}`);
  for (const time of seen) assert.match(time, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  assert.equal(await page.evaluate(() => window.__notReloaded), marker);
  assert.equal(await metric("myapp_clock_watchers"), 1);
  await shot(page, "profile-clock-en");

  // Closing the tab: the server notices at its next tick.
  await page.context().close();
  const closed = Date.now();
  while ((await metric("myapp_clock_watchers")) !== 0) {
    assert.ok(Date.now() - closed < 2000, "myapp_clock_watchers still above 0 2 s after the tab closed");
    await new Promise((r) => setTimeout(r, 50));
  }
});

test("every page looks right in both languages", async () => {
  for (const [locale, lang] of [["en-US", "en"], ["zh-CN", "zh"]]) {
    const page = await newPage(locale);
    for (const [name, path] of [["home", "/"], ["account", "/user"], ["signup", "/user/signup"],
      ["login", "/user/login"], ["not-found", "/no/such/page"]]) {
      await page.goto(`${base}${path}`);
      assert.equal(await page.getAttribute("html", "lang"), lang === "zh" ? "zh-Hans" : "en");
      assert.match(await page.textContent("footer"), /myapp \d+\.\d+\.\d+/);
      await shot(page, `${name}-${lang}`);
    }
    // The Chinese text is drawn with a CJK font, not empty boxes.
    if (lang === "zh") {
      await page.goto(`${base}/user/signup`);
      const covered = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', "注册"));
      assert.ok(covered, "a CJK font is installed and named by the stylesheet");
    }
    await page.context().close();
  }
});

test("the header shows who is logged in on every page and logs out", async () => {
  const page = await newPage("en-US");
  await signUp(page, "héloïse", "password123");
  await page.fill("#password", "password123");
  await page.click("main button[type=submit]");
  assert.match(page.url(), /\/user\/profile$/);
  for (const path of ["/", "/user", "/user/login", "/no/such/page", "/user/profile"]) {
    await page.goto(`${base}${path}`);
    assert.equal(await page.textContent("#header-name"), "héloïse", path);
    assert.equal(await page.locator("header a[href='/user/signup']").count(), 0, path);
    assert.equal(await page.locator("header a[href='/user/settings']").count(), 1, path);
  }
  await page.goto(`${base}/`);
  await shot(page, "home-logged-in-en");
  await page.setViewportSize({ width: 380, height: 700 });
  await shot(page, "home-logged-in-phone-en");
  await page.click("#header-logout");
  assert.match(page.url(), /\/user\/login\?notice=logged-out$/);
  assert.equal(await page.locator("#header-name").count(), 0);
  assert.equal(await page.locator("header a[href='/user/signup']").count(), 1);

  // The old session cookie, now dead: the profile says the session expired.
  const dead = await newPage("zh-CN");
  await signUp(dead, "expiring", "password123");
  await dead.fill("#password", "password123");
  await dead.click("main button[type=submit]");
  const [cookie] = (await dead.context().cookies()).filter((c) => c.name === "myapp_session");
  await dead.click("#header-logout");
  await dead.context().addCookies([cookie]);
  await dead.goto(`${base}/user/profile`);
  assert.match(dead.url(), /\/user\/login\?notice=session-expired$/);
  assert.match(await dead.textContent("#flash"), /登录已过期/);
  await shot(dead, "login-session-expired-zh");
  await page.context().close();
  await dead.context().close();
});

test("failed logins warn before the wait, and the wait is said in minutes with the form kept", async () => {
  const page = await newPage("en-US");
  await signUp(page, "forgetful", "password123");
  for (let i = 1; i <= 4; i++) {
    await page.fill("#password", "wrong guess");
    await page.click("main button[type=submit]");
  }
  assert.match(await page.textContent("#attempts-left"), /1 attempt left before a 15-minute wait/);
  assert.equal(await page.inputValue("#username"), "forgetful");
  await shot(page, "login-last-attempt-en");
  await page.fill("#password", "wrong guess");
  await page.click("main button[type=submit]");
  await page.fill("#password", "password123");
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/user/login") && r.request().method() === "POST"),
    page.click("main button[type=submit]"),
  ]);
  assert.equal(answer.status(), 429);
  assert.ok(Number(answer.headers()["retry-after"]) > 800);
  assert.match(await page.textContent("#form-errors"), /Please wait 1[45] minutes before trying again/);
  assert.equal(await page.inputValue("#username"), "forgetful");
  assert.equal(await page.inputValue("#password"), "");
  await shot(page, "login-throttled-en");
  await page.context().close();
});
