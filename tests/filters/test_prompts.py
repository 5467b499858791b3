"""Tests for a filter family: positives and look-alike article lines, from corpus pages."""

from __future__ import annotations

import pytest

from newsclean.filters import prompts

PUSH_NOTIFICATION_CASES = [
    (
        "Hindustantimes wants to start sending you push notifications. Click allow to subscribe",
        "push_prompt",
    ),
    ("The app sends push notifications when a goal is scored.", None),
    (
        "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten "
        "Nachrichten des Handelsblatts informieren?",
        "push_prompt",
    ),
]
PUSH_NOTIFICATION_IDS = [
    "pos_hindustantimes_wants_to_start_sending_yo",
    "neg_the_app_sends_push_notifications_when_a_",
    "pos_benachrichtigung_singular",
]


@pytest.mark.parametrize(("text", "reason"), PUSH_NOTIFICATION_CASES, ids=PUSH_NOTIFICATION_IDS)
def test_push_notification(text: str, reason: str | None) -> None:
    hit = prompts.push_notification(text)
    assert (hit.reason if hit else None) == reason


COOKIE_NOTICE_CASES = [
    (
        (
            "Privacy & Cookies: This site uses cookies. By continuing to use this "
            "website, you agree to their use. To find out more, see here: Cookie "
            "Policy"
        ),
        "cookie_notice",
    ),
    ("Cookie-Einstellungen", "cookie_notice"),
    ("We use cookies to give you the best online experience.", "cookie_notice"),
    ("Alle akzeptieren", "cookie_notice"),
    ("Google will stop third-party cookies in Chrome next year.", None),
    ("She bakes cookies for the homeless every Sunday.", None),
    ("Externer Inhalt", "cookie_notice"),
    (
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
        "cookie_notice",
    ),
]
COOKIE_NOTICE_IDS = [
    "pos_privacy_cookies_this_site_uses_cookies_b",
    "pos_cookie_einstellungen",
    "pos_we_use_cookies_to_give_you_the_best_onli",
    "pos_alle_akzeptieren",
    "neg_google_will_stop_third_party_cookies_in_",
    "neg_she_bakes_cookies_for_the_homeless_every",
    "pos_externer_inhalt",
    "pos_um_den_inhalt_zu_laden",
]


@pytest.mark.parametrize(("text", "reason"), COOKIE_NOTICE_CASES, ids=COOKIE_NOTICE_IDS)
def test_cookie_notice(text: str, reason: str | None) -> None:
    hit = prompts.cookie_notice(text)
    assert (hit.reason if hit else None) == reason


ACCOUNT_LINKS_CASES = [
    ("SubscribeSign In", "account_prompt"),
    ("Anmelden", "account_prompt"),
    ("Register Log in", "account_prompt"),
    ("Passwort vergessen?", "account_prompt"),
    ("Mein Konto", "account_prompt"),
    ("Sign in to the ministry's portal was down for hours.", None),
    ("Subscribers rose 12% in the quarter.", None),
    ("HIER KOSTENLOS ANMELDEN »", "account_prompt"),
    ("Send Us a Tip", "account_prompt"),
    ("Got a news tip?", "account_prompt"),
    ("Here are 15 tips to help overcome binge eating.", None),
]
ACCOUNT_LINKS_IDS = [
    "pos_subscribesign_in",
    "pos_anmelden",
    "pos_register_log_in",
    "pos_passwort_vergessen",
    "pos_mein_konto",
    "neg_sign_in_to_the_ministry_s_portal_was_dow",
    "neg_subscribers_rose_12_in_the_quarter",
    "pos_hier_kostenlos_anmelden",
    "pos_send_us_a_tip",
    "pos_got_a_news_tip",
    "neg_here_are_15_tips",
]


@pytest.mark.parametrize(("text", "reason"), ACCOUNT_LINKS_CASES, ids=ACCOUNT_LINKS_IDS)
def test_account_links(text: str, reason: str | None) -> None:
    hit = prompts.account_links(text)
    assert (hit.reason if hit else None) == reason


NEWSLETTER_SIGNUP_CASES = [
    ("Newsletter", "newsletter_prompt"),
    ("Newsletter abonnieren", "newsletter_prompt"),
    ("Sign up for SFGATE Newsletters", "newsletter_prompt"),
    ("Ihre E-Mail-Adresse", "newsletter_prompt"),
    ("The newsletter, launched in 2015, has 40,000 readers.", None),
    ("Subscribers to the newsletter were told on Monday.", None),
    ("PC Gamer Newsletter", "newsletter_prompt"),
    (
        "Sign up to get the best content of the week, and great gaming deals, as picked by the "
        "editors.",
        "newsletter_prompt",
    ),
    (
        "Immer informiert bleiben mit dem wöchentlichen AUTO&Wirtschaft Newsletter. Jetzt "
        "anmelden!",
        "newsletter_prompt",
    ),
    (
        "Lust auf mehr? Lass dir die besten Storys von Refinery29 Deutschland jede Woche in "
        "deinen Posteingang liefern.",
        "newsletter_prompt",
    ),
    ("2023 nichts mehr versäumen!", "newsletter_prompt"),
    ("Sign up for the Disney+ bundle using the same email as your Hulu account", None),
    ("Sign up for a Hulu ad-free account for $11.99 a month", None),
    ("Subscribe to 'All About Space'", "newsletter_prompt"),
    (
        "Get breaking news alerts and special reports. The news and stories that matter,"
        " delivered weekday mornings.",
        "newsletter_prompt",
    ),
    ("Pro tip: Get more pre-workout meal ideas here!", None),
    ("Stay up to date with Ascom. Subscribe to our newsletter.", "newsletter_prompt"),
    ("Please, fill the form to subscribe to our newsletter", "newsletter_prompt"),
    (
        "Our newsletter reached 40,000 subscribers in its first year, the company said.",
        None,
    ),
]
NEWSLETTER_SIGNUP_IDS = [
    "pos_newsletter",
    "pos_newsletter_abonnieren",
    "pos_sign_up_for_sfgate_newsletters",
    "pos_ihre_e_mail_adresse",
    "neg_the_newsletter_launched_in_2015_has_40_0",
    "neg_subscribers_to_the_newsletter_were_told_",
    "pos_site_newsletter_header",
    "pos_sign_up_to_get",
    "pos_newsletter_pitch_jetzt_anmelden",
    "pos_posteingang",
    "pos_nichts_mehr_versäumen",
    "neg_sign_up_disney_bundle",
    "neg_sign_up_hulu_account",
    "pos_subscribe_to_quoted_magazine",
    "pos_get_breaking_news_alerts",
    "neg_pro_tip",
    "pos_subscribe_to_our_newsletter_after_a_sentence",
    "pos_fill_the_form_to_subscribe_to_our_newsletter",
    "neg_our_newsletter_in_a_sentence",
]


@pytest.mark.parametrize(("text", "reason"), NEWSLETTER_SIGNUP_CASES, ids=NEWSLETTER_SIGNUP_IDS)
def test_newsletter_signup(text: str, reason: str | None) -> None:
    hit = prompts.newsletter_signup(text)
    assert (hit.reason if hit else None) == reason


PAYWALL_CASES = [
    ("TO READ THE FULL STORY", "paywall"),
    ("Already have an account? Log In", "paywall"),
    ("Já é assinante?", "paywall"),
    ("To read the report, investors needed a password.", None),
    ("Already a star in Brazil, he moved to Madrid.", None),
    ("Instant access to the full article PDF.", "paywall"),
    (
        "Immediate online access to all issues from 2019. Subscription will auto renew annually.",
        "paywall",
    ),
    ("Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.", "paywall"),
    ("Meine Mutter ist jederzeit auf die Apokalypse vorbereitet.", None),
]
PAYWALL_IDS = [
    "pos_to_read_the_full_story",
    "pos_already_have_an_account_log_in",
    "pos_já_é_assinante",
    "neg_to_read_the_report_investors_needed_a_pa",
    "neg_already_a_star_in_brazil_he_moved_to_mad",
    "pos_instant_access",
    "pos_auto_renew",
    "pos_cancela_cuando_quieras",
    "neg_jederzeit",
]


@pytest.mark.parametrize(("text", "reason"), PAYWALL_CASES, ids=PAYWALL_IDS)
def test_paywall(text: str, reason: str | None) -> None:
    hit = prompts.paywall(text)
    assert (hit.reason if hit else None) == reason


APP_PROMPT_CASES = [
    ("Open in app", "app_prompt"),
    ("Get the Medium app", "app_prompt"),
    ("Download the Microsoft News app for full coverage of the crisis", "app_prompt"),
    ("App installieren", "app_prompt"),
    ("Download the app, the police said, and report any suspect.", None),
    ("The app store was down on Monday.", None),
    ("Get the latest news straight to your phone with the VI Consortium app.", "app_prompt"),
    ("Get it on Amazon for 39.99", None),
    (
        "To get started, simply start recording what you eat and how you feel each day using "
        "either a journal or app.",
        None,
    ),
]
APP_PROMPT_IDS = [
    "pos_open_in_app",
    "pos_get_the_medium_app",
    "pos_download_the_microsoft_news_app_for_full",
    "pos_app_installieren",
    "neg_download_the_app_the_police_said_and_rep",
    "neg_the_app_store_was_down_on_monday",
    "pos_get_news_with_the_app",
    "neg_get_it_on_amazon",
    "neg_journal_or_app",
]


@pytest.mark.parametrize(("text", "reason"), APP_PROMPT_CASES, ids=APP_PROMPT_IDS)
def test_app_prompt(text: str, reason: str | None) -> None:
    hit = prompts.app_prompt(text)
    assert (hit.reason if hit else None) == reason


BROWSER_NOTICE_CASES = [
    ("Please enable JavaScript to view the comments powered by Disqus.", "browser_notice"),
    ("JavaScript ist deaktiviert.", "browser_notice"),
    ("JavaScript developers gathered in Berlin.", None),
    (
        "We've detected you are on Internet Explorer. For the best Barrons.com experience,"
        " please update to a modern browser.",
        "browser_notice",
    ),
]
BROWSER_NOTICE_IDS = [
    "pos_please_enable_javascript_to_view_the_com",
    "pos_javascript_ist_deaktiviert",
    "neg_javascript_developers_gathered_in_berlin",
    "pos_detected_internet_explorer",
]


@pytest.mark.parametrize(("text", "reason"), BROWSER_NOTICE_CASES, ids=BROWSER_NOTICE_IDS)
def test_browser_notice(text: str, reason: str | None) -> None:
    hit = prompts.browser_notice(text)
    assert (hit.reason if hit else None) == reason


def test_filters_tuple_lists_every_filter() -> None:
    assert {f.__name__ for f in prompts.FILTERS} == {
        "account_links",
        "newsletter_signup",
        "cookie_notice",
        "app_prompt",
        "paywall",
        "browser_notice",
        "push_notification",
    }


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Media playback is unsupported on your device", True),  # bbc.com
        ("Media playback on phones grew by a third last year.", False),  # made up: prose
    ],
)
def test_browser_notice_about_media_playback(text: str, hit: bool) -> None:
    assert (prompts.browser_notice(text) is not None) is hit
