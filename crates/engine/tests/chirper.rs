//! pyplay's `chirper` (crates/engine/py/chirper.py), the offline stand-in for the old workshop's
//! Twitter project (issue 17 item 6): over the shipped lessons/data/chirper/chirper.json it
//! searches, finds trends and timelines with python-twitter's method names, and a missing file
//! or an unknown user is an error a beginner can act on, ending at the learner's line.

mod common;

use common::{TestHost, ok};
use pyplay_engine::{Engine, Outcome, PythonError};
use std::rc::Rc;

/// The file the Social media lesson ships (its programs open it as `chirper.json`).
const CHIRPER_JSON: &str = include_str!("../../../lessons/data/chirper/chirper.json");

/// Runs `source` with `files` in pyplay's file system.
fn run_with(source: &str, files: &[(&str, &str)]) -> (Outcome, Rc<TestHost>) {
    let mut engine = Engine::new();
    for (path, text) in files {
        engine.write_file(path, text.as_bytes()).unwrap();
    }
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(source, host.clone());
    (outcome, host)
}

/// Runs `source` with the lesson's chirper.json; it must end without an error. Its output.
#[track_caller]
fn output(source: &str) -> String {
    let (outcome, host) = run_with(source, &[("chirper.json", CHIRPER_JSON)]);
    ok(&outcome, &host);
    host.stdout()
}

#[track_caller]
fn python_error(outcome: Outcome, host: &TestHost) -> PythonError {
    match outcome {
        Outcome::Error(error) => error,
        other => panic!("{other:?}\n{}\n{}", host.stdout(), host.stderr()),
    }
}

#[test]
fn search_finds_words_in_any_case_and_hashtags_newest_first() {
    let out = output(
        "import chirper\n\
         api = chirper.Api()\n\
         for post in api.GetSearch('TeleScope'):\n\
         \x20   print(post.created_at, post.user.screen_name, post.text[:29].strip())\n\
         moon = api.GetSearch('#moon')\n\
         print(len(moon), len(api.GetSearch('moon')), len(api.GetSearch('zebra')))\n\
         print(all('#moon' in p.text for p in moon))\n\
         times = [p.created_at for p in api.GetSearch('')]\n\
         print(len(times), times == sorted(times, reverse=True), len(api.GetSearch('#')))\n\
         print(len(api.GetSearch('bread', count=2)))\n",
    );
    assert_eq!(
        out,
        "2026-03-09 21:10 aiko_skies Clouds all evening. I watched\n\
         2026-03-06 09:30 aiko_skies Ordered a proper phone clamp\n\
         2026-03-02 21:15 aiko_skies Tried to photograph the Moon\n\
         6 14 0\n\
         True\n\
         205 True 201\n\
         2\n"
    );
}

#[test]
fn posts_and_users_have_the_old_getters_and_readable_reprs() {
    let out = output(
        "import chirper\n\
         api = chirper.Api()\n\
         status = api.GetSearch('doors open at 9:30')[0]\n\
         print(status.GetId(), status.GetCreatedAt(), status.GetText())\n\
         user = status.GetUser()\n\
         print(user.GetScreenName(), user.GetName(), user.location, user is status.user)\n\
         print(repr(status))\n\
         print(repr(user))\n\
         print(api)\n",
    );
    assert_eq!(
        out,
        "93 2026-03-14 08:45 Doors open at 9:30 for the Larkford Python Workshop. See you soon! #python #pyworkshop\n\
         mei_codes Mei Chen Larkford True\n\
         Status(id=93, user='mei_codes', created_at='2026-03-14 08:45', text='Doors open at 9:30 for the Larkford Python Workshop. See you soon! #python #pyworkshop')\n\
         User(screen_name='mei_codes', name='Mei Chen')\n\
         <chirper.Api: 15 users and 205 posts from chirper.json>\n"
    );
}

#[test]
fn trends_are_the_ten_most_used_hashtags() {
    let out = output(
        "import chirper\n\
         for trend in chirper.Api().GetTrendsCurrent():\n\
         \x20   print(trend.name, trend.count)\n\
         print(repr(chirper.Api().GetTrendsCurrent()[0]))\n",
    );
    assert_eq!(
        out,
        "#python 53\n#astronomy 26\n#gardening 25\n#bikeclub 24\n#baking 23\n#pyworkshop 21\n\
         #bookclub 19\n#cooking 16\n#tomatoes 11\n#soup 10\nTrend(name='#python', count=53)\n"
    );
}

#[test]
fn trends_count_hashtags_in_any_case_and_ignore_a_hash_inside_a_word() {
    let file = r##"{"users": [{"screen_name": "a", "name": "A"}],
        "posts": [{"id": 1, "user": "a", "created_at": "2026-01-01 10:00", "text": "#Tea and #cake"},
                  {"id": 2, "user": "a", "created_at": "2026-01-01 11:00", "text": "More #tea! I like C# and issue#4"}]}"##;
    let (outcome, host) = run_with(
        "import chirper\nprint(chirper.Api(path='mine.json').GetTrendsCurrent())\n",
        &[("mine.json", file)],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "[Trend(name='#tea', count=2), Trend(name='#cake', count=1)]\n"
    );
}

#[test]
fn a_users_timeline_is_theirs_newest_first() {
    let out = output(
        "import chirper\n\
         api = chirper.Api()\n\
         posts = api.GetUserTimeline(screen_name='kwame_bakes')\n\
         print(len(posts), {p.user.screen_name for p in posts})\n\
         print(posts[0].created_at, posts[-1].created_at)\n\
         print(len(api.GetUserTimeline('@Kwame_Bakes')), len(api.GetUserTimeline(screen_name='kwame_bakes', count=3)))\n\
         users = api.GetUsers()\n\
         print(len(users), users[0].screen_name, users[-1].screen_name, users[-1].name)\n\
         print(sum(len(api.GetUserTimeline(screen_name=u.screen_name)) for u in users))\n\
         print(api.GetUser('rosa_reads').description)\n",
    );
    assert_eq!(
        out,
        "24 {'kwame_bakes'}\n\
         2026-03-28 07:30 2026-03-02 07:05\n\
         24 3\n\
         15 aiko_skies tomas_rides Tomás Herrera\n\
         205\n\
         I host the library book club. Mysteries, long walks and strong coffee.\n"
    );
}

#[test]
fn an_unknown_user_is_named_with_a_suggestion_at_the_learners_line() {
    let (outcome, host) = run_with(
        "import chirper\napi = chirper.Api()\nposts = api.GetUserTimeline(screen_name='rosa')\n",
        &[("chirper.json", CHIRPER_JSON)],
    );
    let error = python_error(outcome, &host);
    assert_eq!(error.kind, "ChirperError");
    assert_eq!(error.line, 3);
    assert_eq!(
        error.message,
        "There is no user called 'rosa' on chirper. Did you mean 'rosa_reads'? api.GetUsers() \
         lists every user; give GetUserTimeline one of their screen names, like \
         GetUserTimeline(screen_name='rosa_reads')."
    );
    // The traceback ends at the learner's line, not inside chirper.
    let stderr = host.stderr();
    assert!(
        stderr
            .contains("line 3, in <module>\n    posts = api.GetUserTimeline(screen_name='rosa')\n"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("  File ").count(), 1, "{stderr}");

    // Nobody close: the error still says how to find the users.
    let (outcome, host) = run_with(
        "import chirper\nchirper.Api().GetUserTimeline(screen_name='nobody_here')\n",
        &[("chirper.json", CHIRPER_JSON)],
    );
    let message = python_error(outcome, &host).message;
    assert!(
        message.starts_with("There is no user called 'nobody_here' on chirper. api.GetUsers()"),
        "{message}"
    );
}

#[test]
fn a_missing_file_says_which_lesson_ships_it() {
    let (outcome, host) = run_with("import chirper\napi = chirper.Api()\n", &[]);
    let error = python_error(outcome, &host);
    assert_eq!((error.kind.as_str(), error.line), ("ChirperError", 2));
    assert_eq!(
        error.message,
        "There is no file called chirper.json here, and chirper reads its users and posts from \
         it. It comes with the lesson \"Project: Social media\": run your program in one of that \
         lesson's exercises."
    );
    assert_eq!(
        host.stderr().matches("  File ").count(),
        1,
        "{}",
        host.stderr()
    );

    let (outcome, host) = run_with(
        "import chirper\napi = chirper.Api(path='posts.json')\n",
        &[("chirper.json", CHIRPER_JSON)],
    );
    let message = python_error(outcome, &host).message;
    assert!(
        message.starts_with("There is no file called 'posts.json' here."),
        "{message}"
    );
    assert!(message.contains("Project: Social media"), "{message}");
}

#[test]
fn a_broken_file_is_named() {
    for (text, says) in [
        (
            "{\"users\": [}",
            "chirper.json is not a chirper file: it is not valid JSON (line 1, column 12",
        ),
        (
            "[1, 2]",
            "chirper.json is not a chirper file: it should hold {\"users\": [...], \"posts\": [...]}.",
        ),
        (
            "{\"users\": [], \"posts\": [{\"id\": 1, \"user\": \"ghost\", \"created_at\": \"2026-01-01 10:00\", \"text\": \"boo\"}]}",
            "Post 1 in chirper.json is by 'ghost', who is not in its list of users.",
        ),
    ] {
        let (outcome, host) =
            run_with("import chirper\nchirper.Api()\n", &[("chirper.json", text)]);
        let message = python_error(outcome, &host).message;
        assert!(message.starts_with(says), "{text}: {message}");
    }
}

#[test]
fn an_old_twitter_program_runs_with_chirper_in_its_place() {
    // The Boston Python Workshop's Twitter project, with only its import changed.
    let out = output(
        "import chirper as twitter\n\
         api = twitter.Api()\n\
         for status in api.GetSearch('lighthouse'):\n\
         \x20   print(status.GetUser().GetScreenName(), '-', status.GetText()[:25])\n\
         print([trend.name for trend in api.GetTrendsCurrent()][:3])\n\
         print(len(api.GetUserTimeline(screen_name='mei_codes')))\n",
    );
    assert_eq!(
        out,
        "bea_on_wheels - We made it to the lightho\n\
         finn_fixes - Tools in the saddlebag. I\n\
         tomas_rides - Lighthouse ride today! Le\n\
         tomas_rides - Sunday ride will go out t\n\
         ['#python', '#astronomy', '#gardening']\n\
         17\n"
    );
}

#[test]
fn import_twitter_points_to_chirper() {
    let (outcome, host) = run_with("import twitter\n", &[]);
    let error = python_error(outcome, &host);
    assert_eq!(error.kind, "ModuleNotFoundError");
    let explanation = error.explanation.unwrap_or_default();
    assert!(
        explanation.contains("`import chirper`") && explanation.contains("Project: Social media"),
        "{explanation}"
    );
}
