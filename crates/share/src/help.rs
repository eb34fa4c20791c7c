//! "Ask a mentor" (issue 18): a learner's exact situation in a link, and the mentor's answer in
//! another, both carried in the URL fragment (`#help=…`, `#reply=…`: JSON, deflated, base64url,
//! like `#code=`), so nothing is uploaded anywhere. Opening either link shows it on its own page;
//! it never overwrites the learner's saved code.

use serde::{Deserialize, Serialize};

/// The fragment key of a help request.
pub const HELP_KEY: &str = "help=";
/// The fragment key of a mentor's reply.
pub const REPLY_KEY: &str = "reply=";

/// How much of the last output a request keeps (its end, where the error is): a link must still
/// fit in a chat message.
pub const OUTPUT_KEPT: usize = 2_000;
/// How long a question or a reply's note may be.
pub const NOTE_KEPT: usize = 1_000;
/// How many lines typed for input() a request keeps.
pub const INPUTS_KEPT: usize = 200;

/// Which exercise the code was written for: ids to open it, and its title to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseRef {
    pub lesson: String,
    pub exercise: String,
    pub title: String,
}

/// What a learner sends a mentor: everything needed to see and re-run what they saw.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpRequest {
    /// None in a scratch page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<ExerciseRef>,
    pub code: String,
    /// The lines typed for input() in the last run, in order: a re-run gets the same ones.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// The end of the last run's output (program output, typed lines and the traceback).
    #[serde(default)]
    pub output: String,
    /// The last line of the error the run ended with, if any (e.g. `NameError: name 'x' is not
    /// defined`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The learner's own words, optional.
    #[serde(default)]
    pub question: String,
}

/// What a mentor sends back: their version of the code and a note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<ExerciseRef>,
    pub code: String,
    #[serde(default)]
    pub note: String,
    /// The learner's question it answers, to show beside the answer.
    #[serde(default)]
    pub question: String,
}

/// What a fragment carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Code(String),
    Help(HelpRequest),
    Reply(Reply),
}

/// A line of the chat message that goes with a help request's or a reply's link, for the app
/// to say in the learner's language ([`HelpRequest::chat_text`], [`Reply::chat_text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatLine<'a> {
    /// A help request's first line: asking for help with a Python program, for this exercise
    /// (its title) if the request names one.
    AskForHelp { exercise: Option<&'a str> },
    /// The learner's question.
    Question(&'a str),
    /// The error the last run ended with.
    Error(&'a str),
    /// Where to open the help request: the link (it holds the code, input and output).
    OpenRequest(&'a str),
    /// A reply's first line: the mentor's answer to the question, about this exercise (its
    /// title) if the reply names one.
    Answer { exercise: Option<&'a str> },
    /// Where to open the reply: the link (the mentor's version of the code).
    OpenReply(&'a str),
}

/// The end of `text`, at most `max` bytes, cut at a character boundary.
fn tail(text: &str, max: usize) -> &str {
    &text[text.ceil_char_boundary(text.len().saturating_sub(max))..]
}

/// The start of `text`, at most `max` bytes, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    &text[..text.floor_char_boundary(max)]
}

impl HelpRequest {
    /// The request as it travels: the output's end, the first [`INPUTS_KEPT`] inputs and the
    /// question's first [`NOTE_KEPT`] bytes.
    pub fn trimmed(mut self) -> Self {
        self.output = tail(&self.output, OUTPUT_KEPT).to_owned();
        self.inputs.truncate(INPUTS_KEPT);
        self.question = head(self.question.trim(), NOTE_KEPT).to_owned();
        self
    }

    /// A few lines for a chat message, above the link: what the learner asks, where, and the
    /// error. `say` puts each line in the learner's language (this crate has no words of its
    /// own: the app's catalogs have them).
    pub fn chat_text(&self, link: &str, say: impl Fn(ChatLine<'_>) -> String) -> String {
        let mut lines = vec![say(ChatLine::AskForHelp {
            exercise: self.exercise.as_ref().map(|e| e.title.as_str()),
        })];
        if !self.question.is_empty() {
            lines.push(say(ChatLine::Question(&self.question)));
        }
        if let Some(error) = &self.error {
            lines.push(say(ChatLine::Error(error)));
        }
        lines.push(say(ChatLine::OpenRequest(link)));
        lines.join("\n")
    }
}

impl Reply {
    pub fn trimmed(mut self) -> Self {
        self.note = head(self.note.trim(), NOTE_KEPT).to_owned();
        self
    }

    /// A few lines for a chat message, above the link: the answer, the mentor's note as they
    /// wrote it, and where to open it. `say` puts each line in the learner's language.
    pub fn chat_text(&self, link: &str, say: impl Fn(ChatLine<'_>) -> String) -> String {
        let mut lines = vec![say(ChatLine::Answer {
            exercise: self.exercise.as_ref().map(|e| e.title.as_str()),
        })];
        if !self.note.is_empty() {
            lines.push(self.note.clone());
        }
        lines.push(say(ChatLine::OpenReply(link)));
        lines.join("\n")
    }
}

/// The fragment (without `#`) for a help request (trimmed first).
pub fn encode_help(request: &HelpRequest) -> String {
    encode_json(HELP_KEY, &request.clone().trimmed())
}

/// The fragment (without `#`) for a reply (trimmed first).
pub fn encode_reply(reply: &Reply) -> String {
    encode_json(REPLY_KEY, &reply.clone().trimmed())
}

fn encode_json(key: &str, value: &impl Serialize) -> String {
    let json = serde_json::to_string(value).expect("plain data");
    format!("{key}{}", crate::pack(&json))
}

/// The value packed under `key`, if the fragment has that key.
fn decode_json<T: serde::de::DeserializeOwned>(
    fragment: &str,
    key: &str,
) -> Option<Result<T, crate::Error>> {
    let data = crate::field(fragment, key)?;
    Some(
        crate::unpack(data)
            .and_then(|json| serde_json::from_str(&json).map_err(|_| crate::Error::Damaged)),
    )
}

/// What a fragment (with or without `#`) carries: a program, a help request or a reply.
pub fn decode_any(fragment: &str) -> Result<Shared, crate::Error> {
    if let Some(request) = decode_json(fragment, HELP_KEY) {
        return request.map(Shared::Help);
    }
    if let Some(reply) = decode_json(fragment, REPLY_KEY) {
        return reply.map(Shared::Reply);
    }
    crate::decode(fragment).map(Shared::Code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> HelpRequest {
        HelpRequest {
            exercise: Some(ExerciseRef {
                lesson: "friday".into(),
                exercise: "greeting".into(),
                title: "Say hello".into(),
            }),
            code: "name = input('Name? ')\nprint('Hi ' + nme)\n".into(),
            inputs: vec!["Ada ✓".into()],
            output: "Name? Ada ✓\nTraceback (most recent call last):\nNameError: name 'nme' is not defined\n"
                .into(),
            error: Some("NameError: name 'nme' is not defined".into()),
            question: "  Why does it say nme?  ".into(),
        }
    }

    #[test]
    fn a_help_request_round_trips_through_a_fragment() {
        let fragment = encode_help(&request());
        assert!(fragment.starts_with("help="));
        let Shared::Help(back) = decode_any(&format!("#{fragment}")).unwrap() else {
            panic!("not a help request")
        };
        assert_eq!(back.code, request().code);
        assert_eq!(back.inputs, ["Ada ✓"]);
        assert_eq!(back.error, request().error);
        assert_eq!(back.question, "Why does it say nme?");
        assert_eq!(back.exercise.unwrap().title, "Say hello");
    }

    #[test]
    fn a_reply_round_trips_and_code_links_still_decode() {
        let reply = Reply {
            exercise: None,
            code: "print('fixed')\n".into(),
            note: "Look at the spelling of name.".into(),
            question: "Why?".into(),
        };
        let fragment = encode_reply(&reply);
        assert_eq!(decode_any(&fragment).unwrap(), Shared::Reply(reply));
        let code = crate::encode("print(1)\n");
        assert_eq!(
            decode_any(&code).unwrap(),
            Shared::Code("print(1)\n".into())
        );
        assert_eq!(decode_any("#lesson=1"), Err(crate::Error::NotShared));
    }

    #[test]
    fn long_output_keeps_its_end_and_the_link_stays_short() {
        let mut big = request();
        big.output = format!("{}NameError: the end\n", "é line of output\n".repeat(5_000));
        big.question = "?".repeat(5_000);
        big.inputs = (0..1_000).map(|i| i.to_string()).collect();
        let fragment = encode_help(&big);
        assert!(fragment.len() < 4_000, "{} bytes", fragment.len());
        let Shared::Help(back) = decode_any(&fragment).unwrap() else {
            panic!()
        };
        assert!(back.output.ends_with("NameError: the end\n"));
        assert!(back.output.len() <= OUTPUT_KEPT);
        assert_eq!(back.question.len(), NOTE_KEPT);
        assert_eq!(back.inputs.len(), INPUTS_KEPT);
    }

    #[test]
    fn damaged_requests_say_so() {
        let fragment = encode_help(&request());
        assert_eq!(
            decode_any(&fragment[..fragment.len() / 2]),
            Err(crate::Error::Damaged)
        );
        // Valid packing, but not a request inside.
        let not_json = format!("help={}", crate::pack("not json"));
        assert_eq!(decode_any(&not_json), Err(crate::Error::Damaged));
    }

    /// The chat lines in English, as the app's English catalog says them.
    fn english(line: ChatLine<'_>) -> String {
        match line {
            ChatLine::AskForHelp { exercise: None } => {
                "Could you help me with my Python program?".into()
            }
            ChatLine::AskForHelp {
                exercise: Some(title),
            } => format!("Could you help me with my Python program? (exercise \"{title}\")"),
            ChatLine::Question(question) => format!("My question: {question}"),
            ChatLine::Error(error) => format!("It says: {error}"),
            ChatLine::OpenRequest(link) => {
                format!("Open it here (my code, input and output are in the link): {link}")
            }
            ChatLine::Answer { exercise: None } => "Here is my answer to your question.".into(),
            ChatLine::Answer {
                exercise: Some(title),
            } => format!("Here is my answer to your question about \"{title}\"."),
            ChatLine::OpenReply(link) => {
                format!("Open it here (my version of your code; yours stays as it is): {link}")
            }
        }
    }

    #[test]
    fn chat_text_names_the_question_the_error_and_the_link() {
        let text = request()
            .trimmed()
            .chat_text("https://x.org/#help=abc", english);
        assert_eq!(
            text,
            "Could you help me with my Python program? (exercise \"Say hello\")\n\
             My question: Why does it say nme?\n\
             It says: NameError: name 'nme' is not defined\n\
             Open it here (my code, input and output are in the link): https://x.org/#help=abc"
        );
        // Without an exercise, a question or an error: only what there is.
        let bare = HelpRequest {
            code: "print(1)\n".into(),
            ..HelpRequest::default()
        };
        assert_eq!(
            bare.chat_text("L", english),
            "Could you help me with my Python program?\n\
             Open it here (my code, input and output are in the link): L"
        );
    }

    #[test]
    fn a_replys_chat_text_carries_the_mentors_note_as_written() {
        let reply = Reply {
            exercise: request().exercise,
            code: "print('fixed')\n".into(),
            note: "Look at the spelling of name.".into(),
            question: "Why?".into(),
        };
        assert_eq!(
            reply.chat_text("https://x.org/#reply=abc", english),
            "Here is my answer to your question about \"Say hello\".\n\
             Look at the spelling of name.\n\
             Open it here (my version of your code; yours stays as it is): https://x.org/#reply=abc"
        );
        let bare = Reply {
            note: String::new(),
            exercise: None,
            ..reply
        };
        // What the app's `say` is asked for, in order.
        let asked = std::cell::RefCell::new(Vec::new());
        bare.chat_text("L", |line| {
            asked.borrow_mut().push(format!("{line:?}"));
            english(line)
        });
        assert_eq!(
            *asked.borrow(),
            ["Answer { exercise: None }", "OpenReply(\"L\")"]
        );
    }
}
