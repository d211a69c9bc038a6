//! The pages' two languages: English and Simplified Chinese (the seed's users
//! read Chinese). A visitor's choice is remembered in the `myapp_lang`
//! cookie; without one, `Accept-Language` decides; English otherwise.

use serde::Serialize;

use super::cookies;
use crate::account::FieldError;

pub const LANG_COOKIE: &str = "myapp_lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The cookie's choice, else the best match in `Accept-Language`.
    pub fn negotiate(cookie_header: &str, accept_language: &str) -> Lang {
        if let Some(lang) = cookies::find(cookie_header, LANG_COOKIE).and_then(Lang::from_code) {
            return lang;
        }
        let mut best: Option<(f32, Lang)> = None;
        for item in accept_language.split(',').take(32) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            let primary = tag.split('-').next().unwrap_or_default();
            let Some(lang) = Lang::from_code(primary) else { continue };
            if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                best = Some((quality, lang));
            }
        }
        best.map_or(Lang::En, |(_, lang)| lang)
    }

    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// Every string the pages show, in one language.
#[derive(Serialize)]
pub struct Text {
    pub html_lang: &'static str,
    pub nav_account: &'static str,
    pub switch_to: &'static str,
    pub switch_code: &'static str,
    pub switch_label: &'static str,
    pub home_title: &'static str,
    pub home_welcome: &'static str,
    pub home_intro: &'static str,
    pub sign_up: &'static str,
    pub log_in: &'static str,
    pub log_out: &'static str,
    pub your_profile: &'static str,
    pub account_title: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    pub introduction: &'static str,
    pub password_hint: &'static str,
    pub introduction_hint: &'static str,
    pub correct_these: &'static str,
    pub have_account: &'static str,
    pub new_here: &'static str,
    pub signed_up: &'static str,
    pub logged_out: &'static str,
    pub login_failed: &'static str,
    pub name_taken: &'static str,
    pub profile_title: &'static str,
    pub hello: &'static str,
    pub member_since: &'static str,
    pub server_time: &'static str,
    pub unknown: &'static str,
    pub browser: &'static str,
    pub operating_system: &'static str,
    pub user_agent: &'static str,
    pub your_ip: &'static str,
    pub server_host: &'static str,
    pub server_ip: &'static str,
    pub instance: &'static str,
    pub back_home: &'static str,
    // Account settings.
    pub account_settings: &'static str,
    pub change_password: &'static str,
    pub current_password: &'static str,
    pub new_password: &'static str,
    pub edit_introduction: &'static str,
    pub save: &'static str,
    pub delete_account: &'static str,
    pub delete_warning: &'static str,
    pub password_changed: &'static str,
    pub introduction_saved: &'static str,
    pub wrong_password: &'static str,
    pub account_deleted_title: &'static str,
    pub account_deleted: &'static str,
    pub back_to_profile: &'static str,
    /// Before the logged-in name in the header.
    pub signed_in_as: &'static str,
    pub nav_settings: &'static str,
    pub username_hint: &'static str,
    pub session_expired: &'static str,
    /// A form sent with a stale token, shown again.
    pub form_expired_again: &'static str,
    /// The sign-up form shown again while the database is down.
    pub database_down_again: &'static str,
}

pub static EN: Text = Text {
    html_lang: "en",
    nav_account: "Account",
    switch_to: "中文",
    switch_code: "zh",
    switch_label: "切换到中文",
    home_title: "Home",
    home_welcome: "Welcome to",
    home_intro: "Create an account, log in, and see what the server knows about your visit.",
    sign_up: "Sign up",
    log_in: "Log in",
    log_out: "Log out",
    your_profile: "Your profile",
    account_title: "Account",
    username: "Username",
    password: "Password",
    introduction: "Introduction",
    password_hint: " (8–128 characters)",
    introduction_hint: " (up to 500 characters)",
    correct_these: "Please correct the following:",
    have_account: "Already have an account? ",
    new_here: "New here? ",
    signed_up: "Your account was created. Please log in.",
    logged_out: "You have logged out.",
    login_failed: "Unknown username or wrong password.",
    name_taken: "This username is already taken.",
    profile_title: "Profile",
    hello: "Hello, ",
    member_since: "Member since",
    server_time: "Server time",
    unknown: "unknown",
    browser: "Browser",
    operating_system: "Operating system",
    user_agent: "User-Agent",
    your_ip: "Your IP",
    server_host: "Server host",
    server_ip: "Server IP",
    instance: "Instance",
    back_home: "Back to the home page",
    account_settings: "Account settings",
    change_password: "Change password",
    current_password: "Current password",
    new_password: "New password",
    edit_introduction: "Edit your introduction",
    save: "Save",
    delete_account: "Delete account",
    delete_warning: "This deletes your account and logs you out everywhere. It cannot be undone.",
    password_changed: "Your password was changed. Every other login of this account has ended.",
    introduction_saved: "Your introduction was saved.",
    wrong_password: "The password is wrong.",
    account_deleted_title: "Account deleted",
    account_deleted: "Your account was deleted, and every login of it has ended. Its name is free to sign up again.",
    back_to_profile: "Back to your profile",
    signed_in_as: "Logged in as ",
    nav_settings: "Settings",
    username_hint: " (1–32 characters)",
    session_expired: "Your session has expired. Please log in again.",
    form_expired_again: "Form expired: please check what you typed and send it again.",
    database_down_again:
        "Database unavailable: accounts cannot be reached right now. What you typed is kept: please send it again in a moment.",
};

pub static ZH: Text = Text {
    html_lang: "zh-Hans",
    nav_account: "账户",
    switch_to: "English",
    switch_code: "en",
    switch_label: "Switch to English",
    home_title: "首页",
    home_welcome: "欢迎使用",
    home_intro: "注册账户、登录，看看服务器对你这次访问了解多少。",
    sign_up: "注册",
    log_in: "登录",
    log_out: "退出登录",
    your_profile: "个人信息",
    account_title: "账户",
    username: "用户名",
    password: "密码",
    introduction: "个人介绍",
    password_hint: "（8–128 个字符）",
    introduction_hint: "（最多 500 个字符）",
    correct_these: "请修改以下内容：",
    have_account: "已有账户？",
    new_here: "还没有账户？",
    signed_up: "账户已创建，请登录。",
    logged_out: "你已退出登录。",
    login_failed: "用户名不存在或密码错误。",
    name_taken: "该用户名已被占用。",
    profile_title: "个人信息",
    hello: "你好，",
    member_since: "注册时间",
    server_time: "服务器时间",
    unknown: "未知",
    browser: "浏览器",
    operating_system: "操作系统",
    user_agent: "User-Agent",
    your_ip: "你的 IP",
    server_host: "服务器主机名",
    server_ip: "服务器 IP",
    instance: "实例",
    back_home: "返回首页",
    account_settings: "账户设置",
    change_password: "修改密码",
    current_password: "当前密码",
    new_password: "新密码",
    edit_introduction: "编辑个人介绍",
    save: "保存",
    delete_account: "删除账户",
    delete_warning: "这将删除你的账户，并退出所有设备上的登录。此操作无法撤销。",
    password_changed: "密码已修改，此账户在其他地方的登录均已退出。",
    introduction_saved: "个人介绍已保存。",
    wrong_password: "密码错误。",
    account_deleted_title: "账户已删除",
    account_deleted: "你的账户已删除，它的所有登录均已退出。该用户名可以重新注册。",
    back_to_profile: "返回个人信息",
    signed_in_as: "已登录：",
    nav_settings: "设置",
    username_hint: "（1–32 个字符）",
    session_expired: "登录已过期，请重新登录。",
    form_expired_again: "表单已过期：请检查填写的内容后重新提交。",
    database_down_again: "数据库不可用：暂时无法访问账户数据。已填写的内容已保留，请稍后重新提交。",
};

/// Why a request failed, as an error page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    MethodNotAllowed,
    BadForm,
    BadBody,
    FormExpired,
    TooLarge,
    LengthRequired,
    TooManyAttempts,
    TooManySignups,
    UrlTooLong,
    Internal,
    DatabaseUnavailable,
    LoginRequired,
    TooManyWatchers,
}

impl Problem {
    pub fn status(self) -> u16 {
        match self {
            Problem::NotFound => 404,
            Problem::MethodNotAllowed => 405,
            Problem::BadForm | Problem::BadBody => 400,
            Problem::FormExpired => 403,
            Problem::TooLarge => 413,
            Problem::LengthRequired => 411,
            Problem::TooManyAttempts | Problem::TooManySignups => 429,
            Problem::UrlTooLong => 414,
            Problem::Internal => 500,
            Problem::DatabaseUnavailable => 503,
            Problem::LoginRequired => 401,
            Problem::TooManyWatchers => 503,
        }
    }

    /// The heading and the message.
    pub fn words(self, lang: Lang) -> (&'static str, &'static str) {
        match (self, lang) {
            (Problem::NotFound, Lang::En) => ("Page not found", "There is nothing at this address."),
            (Problem::NotFound, Lang::Zh) => ("页面不存在", "这个地址上什么也没有。"),
            (Problem::MethodNotAllowed, Lang::En) => (
                "Method not allowed",
                "This address does not accept that kind of request.",
            ),
            (Problem::MethodNotAllowed, Lang::Zh) => ("不支持的请求方法", "这个地址不接受这种请求。"),
            (Problem::BadForm, Lang::En) => ("Bad request", "The form could not be read."),
            (Problem::BadForm, Lang::Zh) => ("请求有误", "无法读取表单。"),
            (Problem::BadBody, Lang::En) => ("Bad request", "The request body could not be read."),
            (Problem::BadBody, Lang::Zh) => ("请求有误", "无法读取请求内容。"),
            (Problem::FormExpired, Lang::En) => (
                "Form expired",
                "This form is out of date or was not sent from this site. Reload the page and try again.",
            ),
            (Problem::FormExpired, Lang::Zh) => ("表单已过期", "这个表单已过期或并非来自本站。请刷新页面后重试。"),
            (Problem::TooLarge, Lang::En) => ("Request too large", "The form was larger than this site accepts."),
            (Problem::TooLarge, Lang::Zh) => ("请求过大", "表单超出了本站接受的大小。"),
            (Problem::LengthRequired, Lang::En) => ("Length required", "Send the form with a Content-Length."),
            (Problem::LengthRequired, Lang::Zh) => ("需要 Content-Length", "请带上 Content-Length 发送表单。"),
            (Problem::TooManyAttempts, Lang::En) => (
                "Too many attempts",
                "Too many logins from here. Please wait a while before trying again.",
            ),
            (Problem::TooManyAttempts, Lang::Zh) => ("尝试次数过多", "此处登录次数过多，请稍后再试。"),
            (Problem::TooManySignups, Lang::En) => (
                "Too many sign-ups",
                "Too many accounts were made from here. Please wait a while before trying again.",
            ),
            (Problem::TooManySignups, Lang::Zh) => ("注册次数过多", "此处注册的账户过多，请稍后再试。"),
            (Problem::UrlTooLong, Lang::En) => ("Address too long", "This address is longer than this site accepts."),
            (Problem::UrlTooLong, Lang::Zh) => ("地址过长", "这个地址超出了本站接受的长度。"),
            (Problem::Internal, Lang::En) => ("Something went wrong", "Please try again."),
            (Problem::Internal, Lang::Zh) => ("出错了", "请重试。"),
            (Problem::DatabaseUnavailable, Lang::En) => (
                "Database unavailable",
                "Accounts cannot be reached right now. Please try again in a moment.",
            ),
            (Problem::DatabaseUnavailable, Lang::Zh) => ("数据库不可用", "暂时无法访问账户数据，请稍后再试。"),
            (Problem::LoginRequired, Lang::En) => ("Log in first", "Only a logged-in account can see this."),
            (Problem::LoginRequired, Lang::Zh) => ("请先登录", "登录后才能查看。"),
            (Problem::TooManyWatchers, Lang::En) => (
                "Too many watchers",
                "The server's clock has as many watchers as it can serve. It will try again shortly.",
            ),
            (Problem::TooManyWatchers, Lang::Zh) => ("观看的人太多", "服务器时钟的观看者已满，稍后会自动重试。"),
        }
    }
}

/// What a throttled visitor reads: what was refused and how many minutes to
/// wait (`Retry-After` rounded up; at least one).
pub fn wait_message(lang: Lang, signups: bool, minutes: u64) -> String {
    match (lang, signups, minutes) {
        (Lang::En, false, 1) => "Too many attempts. Please wait 1 minute before trying again.".into(),
        (Lang::En, false, n) => format!("Too many attempts. Please wait {n} minutes before trying again."),
        (Lang::En, true, 1) => "Too many sign-ups from here. Please wait 1 minute before trying again.".into(),
        (Lang::En, true, n) => format!("Too many sign-ups from here. Please wait {n} minutes before trying again."),
        (Lang::Zh, false, n) => format!("尝试次数过多，请 {n} 分钟后再试。"),
        (Lang::Zh, true, n) => format!("注册次数过多，请 {n} 分钟后再试。"),
    }
}

/// The warning under a failed login when the throttle is near: `left`
/// failures before a wait of `minutes` (0 left: the wait has begun).
pub fn attempts_left(lang: Lang, left: u32, minutes: u64) -> String {
    match (lang, left) {
        (Lang::En, 0) => format!("That was the last attempt: please wait {minutes} minutes before trying again."),
        (Lang::En, 1) => format!("1 attempt left before a {minutes}-minute wait."),
        (Lang::En, n) => format!("{n} attempts left before a {minutes}-minute wait."),
        (Lang::Zh, 0) => format!("尝试次数已用完，请 {minutes} 分钟后再试。"),
        (Lang::Zh, n) => format!("还可尝试 {n} 次，之后需等待 {minutes} 分钟。"),
    }
}

/// A field's error as shown beside it and in the list at the top.
pub fn field_error(lang: Lang, label: &str, error: FieldError) -> String {
    match (lang, error) {
        (Lang::En, FieldError::Empty) => format!("{label} must not be empty."),
        (Lang::En, FieldError::TooShort(n)) => format!("{label} must be at least {n} characters."),
        (Lang::En, FieldError::TooLong(n)) => format!("{label} must be at most {n} characters."),
        (Lang::En, FieldError::ControlCharacter) => format!("{label} must not contain control characters."),
        (Lang::En, FieldError::SurroundingSpace) => format!("{label} must not start or end with a space."),
        (Lang::En, FieldError::Invisible) => {
            format!("{label} must not contain invisible or formatting characters.")
        }
        (Lang::En, FieldError::RepeatedSpace) => format!("{label} must not contain two spaces in a row."),
        (Lang::En, FieldError::LeadingMark) => format!("{label} must not start with a combining mark."),
        (Lang::En, FieldError::MixedScripts) => {
            format!("{label} must not mix scripts that look alike, such as Latin and Cyrillic.")
        }
        (Lang::Zh, FieldError::Empty) => format!("{label}不能为空。"),
        (Lang::Zh, FieldError::TooShort(n)) => format!("{label}至少需要 {n} 个字符。"),
        (Lang::Zh, FieldError::TooLong(n)) => format!("{label}最多 {n} 个字符。"),
        (Lang::Zh, FieldError::ControlCharacter) => format!("{label}不能包含控制字符。"),
        (Lang::Zh, FieldError::SurroundingSpace) => format!("{label}首尾不能有空格。"),
        (Lang::Zh, FieldError::Invisible) => format!("{label}不能包含不可见字符或格式控制字符。"),
        (Lang::Zh, FieldError::RepeatedSpace) => format!("{label}不能包含连续的两个空格。"),
        (Lang::Zh, FieldError::LeadingMark) => format!("{label}不能以组合附加符号开头。"),
        (Lang::En, FieldError::OnlySpaces) => format!("{label} must not be only spaces."),
        (Lang::Zh, FieldError::OnlySpaces) => format!("{label}不能只由空格组成。"),
        (Lang::Zh, FieldError::MixedScripts) => format!("{label}不能混用外形相似的文字，例如拉丁字母和西里尔字母。"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cookie_wins_then_accept_language_then_english() {
        assert_eq!(Lang::negotiate("myapp_lang=zh", "en-US"), Lang::Zh);
        assert_eq!(Lang::negotiate("myapp_lang=en", "zh-CN"), Lang::En);
        assert_eq!(Lang::negotiate("myapp_lang=fr", "zh-CN,zh;q=0.9"), Lang::Zh);
        assert_eq!(Lang::negotiate("", "fr-FR, zh-CN;q=0.8, en;q=0.5"), Lang::Zh);
        assert_eq!(Lang::negotiate("", "en;q=0.9, zh-Hans;q=0.95"), Lang::Zh);
        assert_eq!(Lang::negotiate("", "zh;q=0, en"), Lang::En);
        assert_eq!(Lang::negotiate("", "de, fr"), Lang::En);
        assert_eq!(Lang::negotiate("", ""), Lang::En);
        assert_eq!(Lang::negotiate("", ";;;,,q=,zh;q=abc"), Lang::En);
    }

    /// Chinese texts use full-width punctuation: no ASCII parentheses, no
    /// space after a full-width question mark, colon or comma.
    #[test]
    fn chinese_texts_use_full_width_punctuation() {
        let serde_json::Value::Object(fields) = serde_json::to_value(&ZH).unwrap() else {
            unreachable!()
        };
        let mut texts: Vec<String> = fields.values().filter_map(|v| v.as_str().map(String::from)).collect();
        texts.push(wait_message(Lang::Zh, false, 15));
        texts.push(attempts_left(Lang::Zh, 1, 15));
        texts.push(attempts_left(Lang::Zh, 0, 15));
        for problem in ALL_PROBLEMS {
            let (heading, message) = problem.words(Lang::Zh);
            texts.extend([heading.to_owned(), message.to_owned()]);
        }
        for error in ALL_FIELD_ERRORS {
            texts.push(field_error(Lang::Zh, "密码", error));
        }
        for text in texts {
            assert!(!text.contains('(') && !text.contains(')'), "{text}");
            for mark in ["？ ", "： ", "， ", "。 "] {
                assert!(!text.contains(mark), "{text}");
            }
        }
    }

    #[test]
    fn waits_and_attempts_left_are_worded_in_minutes() {
        assert_eq!(
            attempts_left(Lang::En, 1, 15),
            "1 attempt left before a 15-minute wait."
        );
        assert_eq!(
            wait_message(Lang::En, false, 15),
            "Too many attempts. Please wait 15 minutes before trying again."
        );
        assert_eq!(wait_message(Lang::Zh, true, 3), "注册次数过多，请 3 分钟后再试。");
    }

    const ALL_PROBLEMS: [Problem; 12] = [
        Problem::NotFound,
        Problem::MethodNotAllowed,
        Problem::BadForm,
        Problem::BadBody,
        Problem::FormExpired,
        Problem::TooLarge,
        Problem::LengthRequired,
        Problem::TooManyAttempts,
        Problem::TooManySignups,
        Problem::UrlTooLong,
        Problem::Internal,
        Problem::DatabaseUnavailable,
    ];

    const ALL_FIELD_ERRORS: [FieldError; 10] = [
        FieldError::Empty,
        FieldError::TooShort(8),
        FieldError::TooLong(32),
        FieldError::ControlCharacter,
        FieldError::SurroundingSpace,
        FieldError::Invisible,
        FieldError::RepeatedSpace,
        FieldError::LeadingMark,
        FieldError::MixedScripts,
        FieldError::OnlySpaces,
    ];

    #[test]
    fn both_languages_word_every_problem() {
        for problem in [
            Problem::NotFound,
            Problem::DatabaseUnavailable,
            Problem::FormExpired,
            Problem::TooManySignups,
        ] {
            assert_ne!(problem.words(Lang::En), problem.words(Lang::Zh));
        }
        assert_eq!(
            field_error(Lang::Zh, "密码", FieldError::TooShort(8)),
            "密码至少需要 8 个字符。"
        );
        for error in [
            FieldError::Invisible,
            FieldError::RepeatedSpace,
            FieldError::LeadingMark,
            FieldError::MixedScripts,
            FieldError::OnlySpaces,
        ] {
            let english = field_error(Lang::En, "Username", error);
            assert_eq!(english, format!("Username {error}."));
            assert_ne!(field_error(Lang::Zh, "用户名", error), english);
        }
    }
}
