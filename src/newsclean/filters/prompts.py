"""Prompts addressed to the visitor: notifications, cookies, subscribing, log-in, paywalls, apps."""

from __future__ import annotations

from types import MappingProxyType

from newsclean.filters.prompt_patterns import (
    ACCOUNT_LINKS_RE,
    APP_PROMPT_RE,
    BROWSER_NOTICE_RE,
    CONSENT_BUTTON_RE,
    COOKIE_NOTICE_RE,
    EMBED_CONSENT_RE,
    NEWSLETTER_CTA_RE,
    NEWSLETTER_RE,
    NEWSLETTER_WORD_RE,
    NOTIFY_STEM_RE,
    NOW_RE,
    PAYWALL_RE,
    PUSH_NOTIFICATION_RE,
    READER_RE,
    SITE_VOICE_RE,
)
from newsclean.gates.gate import gate
from newsclean.model import Hit

# Slugs that newsclean.region reads: a drop of one ends the article's run
NEWSLETTER_PROMPT_REASON = "newsletter_prompt"

MAX_LABEL_CHARS = 60  # a button or link label
MAX_NOTICE_CHARS = 400  # a banner sentence or two; an article paragraph about cookies is longer
MAX_PITCH_CHARS = 300  # a newsletter pitch in a sentence or two


def push_notification(text: str) -> Hit | None:
    """Browser push-notification prompts: "X wants to start sending you push notifications".

    >>> push_notification("Hindustantimes wants to start sending you push notifications. "
    ...                   "Click allow to subscribe")[0]
    'push_prompt'
    >>> push_notification("The app sends push notifications when a goal is scored.") is None
    True
    """
    if len(text) > MAX_NOTICE_CHARS or not NOTIFY_STEM_RE.search(text):
        return None
    if m := PUSH_NOTIFICATION_RE.search(text):
        return Hit("push_prompt", m.group(0))
    return None


def cookie_notice(text: str) -> Hit | None:
    """Cookie banners and their buttons: "We use cookies ...", "Accept all".

    >>> cookie_notice("This site uses cookies. By continuing to use this website, you agree.")[0]
    'cookie_notice'
    >>> cookie_notice("Google will stop third-party cookies in Chrome next year.") is None
    True
    """
    if len(text) > MAX_NOTICE_CHARS:
        return None
    if "cookie" in text.lower() and (m := COOKIE_NOTICE_RE.search(text)):
        return Hit("cookie_notice", m.group(0))
    if m := EMBED_CONSENT_RE.search(text):
        return Hit("cookie_notice", m.group(0).strip())
    if len(text) <= MAX_LABEL_CHARS and CONSENT_BUTTON_RE.match(text):
        return Hit("cookie_notice", text.strip())
    return None


def account_links(text: str) -> Hit | None:
    """Sign-in, register and subscribe links: "Sign In", "Anmelden", "SubscribeSign In".

    >>> account_links("SubscribeSign In")
    Hit(reason='account_prompt', evidence='SubscribeSign In')
    >>> account_links("Sign in to the ministry's portal was down for hours.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS and ACCOUNT_LINKS_RE.match(text):
        return Hit("account_prompt", text.strip())
    return None


def newsletter_signup(text: str) -> Hit | None:
    """Newsletter sign-up boxes: "Sign up for our daily newsletter", "Newsletter abonnieren".

    >>> newsletter_signup("Sign up for our morning newsletter")
    Hit(reason='newsletter_prompt', evidence='Sign up for our morning newsletter')
    >>> newsletter_signup("The newsletter, launched in 2015, has 40,000 readers.") is None
    True
    """
    if len(text) <= MAX_NOTICE_CHARS // 2 and NEWSLETTER_RE.match(text):
        return Hit(NEWSLETTER_PROMPT_REASON, text.strip())
    if (
        len(text) <= MAX_PITCH_CHARS
        and (m := NEWSLETTER_WORD_RE.search(text))
        and NEWSLETTER_CTA_RE.search(text)
        and (READER_RE.search(text) or NOW_RE.search(text) or SITE_VOICE_RE.search(text))
    ):
        return Hit(NEWSLETTER_PROMPT_REASON, m.group(0))
    return None


def paywall(text: str) -> Hit | None:
    """Paywall teasers: "To continue reading ...", "Dieser Artikel ist exklusiv für Abonnenten".

    >>> paywall("TO READ THE FULL STORY")
    Hit(reason='paywall', evidence='TO READ THE FULL STORY')
    >>> paywall("To read the report, investors needed a password.") is None
    True
    """
    if len(text) <= MAX_NOTICE_CHARS and PAYWALL_RE.match(text):
        return Hit("paywall", text.strip()[:60])
    return None


def app_prompt(text: str) -> Hit | None:
    """Invitations to the site's app: "Open in app", "Download our app", "Get it on Google Play".

    >>> app_prompt("Open in app")
    Hit(reason='app_prompt', evidence='Open in app')
    >>> app_prompt("Download the app, the police said, and report any suspect.") is None
    True
    """
    if len(text) <= MAX_LABEL_CHARS * 2 and APP_PROMPT_RE.match(text):
        return Hit("app_prompt", text.strip())
    return None


def browser_notice(text: str) -> Hit | None:
    """Notices about the visitor's browser: "Please enable JavaScript", "Your browser does not ...".

    >>> browser_notice("Please enable JavaScript to view the comments.")[0]
    'browser_notice'
    >>> browser_notice("JavaScript developers gathered in Berlin.") is None
    True
    """
    if len(text) <= MAX_NOTICE_CHARS and BROWSER_NOTICE_RE.match(text):
        return Hit("browser_notice", text.strip()[:60])
    return None


FILTERS = (
    push_notification,
    cookie_notice,
    account_links,
    newsletter_signup,
    paywall,
    app_prompt,
    browser_notice,
)


# What a line needs for each filter to match, one (longest line, regex or words) pair per way
# to a hit: a filter pass skips a filter whose gate a line does not pass (gates.gate).
GATES = MappingProxyType({
    push_notification: gate((MAX_NOTICE_CHARS, NOTIFY_STEM_RE)),
    cookie_notice: gate(
        (MAX_NOTICE_CHARS, ("cookie",)),
        (MAX_NOTICE_CHARS, EMBED_CONSENT_RE),
        (MAX_LABEL_CHARS, CONSENT_BUTTON_RE),
    ),
    account_links: gate((MAX_LABEL_CHARS, ACCOUNT_LINKS_RE)),
    newsletter_signup: gate(
        (MAX_NOTICE_CHARS // 2, NEWSLETTER_RE), (MAX_PITCH_CHARS, NEWSLETTER_WORD_RE)
    ),
    paywall: gate((MAX_NOTICE_CHARS, PAYWALL_RE)),
    app_prompt: gate((MAX_LABEL_CHARS * 2, APP_PROMPT_RE)),
    browser_notice: gate((MAX_NOTICE_CHARS, BROWSER_NOTICE_RE)),
})
