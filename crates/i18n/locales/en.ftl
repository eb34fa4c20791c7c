# pyplay's words, in English (the complete catalog every other language falls back to).
# Ids are the component's name and what the text is. Keep messages short and plain: the
# people reading them are learning to program, often in a second language.

## The header
app-tagline = Python in your browser
language-label = Language
colours-label = Colours
theme-system = Like this device
theme-light = Light
theme-dark = Dark
text-size-label = Text size
text-smaller = (smaller text)
text-larger = (larger text)

## The toolbar (components/toolbar.rs)
run-button = ▶ Run
    .title = Run (Ctrl+Enter)
check-button = ✔ Check
step-button = Step
    .label = Step through
    .title = Step through: run the program, then go through it one line at a time
stop-button = ■ Stop
status-starting-queued = Starting Python… your program runs as soon as it is ready
status-starting = Starting Python…
status-ready = Ready
status-running = Running…
status-input = Waiting for your input
status-failed = Python is not available

## Step through (components/step_view.rs)
steps-title = Step through
steps-close = Close
steps-first = « First
steps-back = ◀ Back
steps-next = Next ▶
steps-last = Last »
steps-to-line = Run to line
steps-go = Go
step-count = Step { $at } of { $count }
steps-recording = Recording the program's steps… (it runs as usual: answer its input() below)
steps-failed = The steps could not be recorded ({ $why }).
steps-none = The program ran no lines of its own: there is nothing to step through.
steps-truncated = Only the first { $count } steps were recorded; the program ran on to its end. Try smaller numbers (a shorter loop) to see it all.
steps-line = line { $line } runs next
steps-ended = the program has ended
steps-returns = { $function }() returns { $value }
steps-raised = line { $line } raised { $error }
steps-globals = The program's variables
steps-inside = Inside { $function }() (line { $line })
steps-no-variables = No variables yet.
steps-output = Output so far
steps-changed = The code has changed since these steps were recorded: press Step again to see the new code's steps.
steps-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
steps-keys = { $count ->
    [one] { $count } key
   *[other] { $count } keys
}
steps-more = … and { $count } more

## Predict, then step (components/predict.rs)
predict-label = Your prediction: what will this program print?
    .placeholder = Write it line by line, then press Step
predict-right = ✓ Your prediction was right: it printed exactly that.
predict-wrong = Not quite. Press Step again and look for the step where the output is not what you expected.
predict-yours = You predicted
predict-printed = It printed

## The lessons and the exercise (lesson_nav.rs, exercise_pane.rs, exercise_help.rs)
skip-to-editor = Skip to the editor
lessons-button = Lessons
lessons-loading = Loading lessons…
lessons-failed = The lessons could not be loaded
lessons-failed-hint = Ask your organizer to fix the file named above. You can still write and run code below.
lessons-pick = Pick an exercise from the list.
exercise-about = The exercise: { $title }
hint-show = Show a hint ({ $left } left)
solution-show = Show the solution
solution-ask = Trying a little longer is how you learn. Show it anyway?
    .label = Show the solution?
solution-yes = Yes, show it
solution-not-yet = Not yet
solution-caption = A solution
shared-title = A shared program
shared-intro = Someone shared this program with you. It has not run: read it, then press Run when you are ready. Changes here are not saved (Share makes a new link); your own work in the lessons is untouched.
export-progress = Export progress
import-progress = Import progress

## The editor (editor.rs) and resetting (reset_code.rs)
editor-keys = Ctrl+Enter runs. Tab indents, Shift+Tab dedents; press Esc then Tab to leave the editor.
editor-error-line = The last error was on line { $line }.
reset-button = Reset to starter code
reset-ask = Replace your code with the starter code?
    .label = Reset to starter code?
reset-yes = Reset
reset-cancel = Cancel
reset-done = Code reset.
reset-done-reply = Your code is now the mentor's.
reset-undo = Undo

## Share and Ask a mentor (share.rs, get_help.rs, help_request.rs, mentor_reply.rs)
share-button = Share
more-menu = More
embed-button = Embed on a web page…
share-link = A link to this code (it opens in a scratch page and never runs by itself):
    .label = Share link
chat-text = Or paste this message into the chat:
help-button = Get help
help-intro = Stuck? Send this link to a mentor (in your workshop's chat, or by email). It holds { $carries }. Nothing is uploaded: it all travels inside the link, and opening it never changes your work.
help-carries-code = your code
help-carries-inputs = { $count ->
    [one] the line you typed for input()
   *[other] the { $count } lines you typed for input()
}
help-carries-output = the output of your last run
help-carries-exercise = which exercise it is
help-error = The error it shows them:
help-question = What are you stuck on? (optional)
    .placeholder = e.g. I expected it to say hello, but it says NameError
help-link = The link for your mentor:
request-title = A help request
request-intro = A learner sent you their program, as it was when they asked. Nothing here is saved and nothing runs by itself; their own copy is in their browser.
request-intro-exercise = A learner sent you their program for the exercise “{ $title }”, as it was when they asked. Nothing here is saved and nothing runs by itself; their own copy is in their browser.
request-replays = { $count ->
    [one] Run re-runs it with the line they typed.
   *[other] Run re-runs it with the { $count } lines they typed.
}
request-question = Their question
request-error = It ended with:
request-inputs = What they typed for input()
request-output = The output they saw
request-answer = Answer with an edited copy
reply-panel = Change the code in the editor as you would suggest, run it, then send them this link. It opens beside their own code; theirs changes only if they choose to use yours.
    .label = Your answer
reply-note = A note for them (optional)
    .placeholder = e.g. Look at how name is spelled on line 2.
reply-link = The link to send back:
reply-title = A mentor's answer
reply-asked = You asked:
reply-intro = Their version of your code is in the editor below: run it, and compare it with yours. Your own code has not changed.
reply-use = Use this code in “{ $title }”
reply-mine = Back to my own code
reply-use-hint = Using it keeps yours one click away: Undo puts it back.
reply-scratch-hint = This is a scratch page: changes here are not saved. Copy the code into your own program to keep it.

## The console (console.rs) and Check's results (check_results.rs)
console-label = Output and Python console
console-input = Type your answer and press Enter (Ctrl+D ends input, Ctrl+C interrupts)
console-repl = Python console: type a line of Python and press Enter (Up for history, Tab indents, Esc then Tab leaves, Ctrl+C interrupts)
console-repl-more = Python console, more of the same statement: an empty line ends it (Tab indents, Shift+Tab dedents)
console-go-to-line = Go to line { $line } in the editor
console-new-output = ↓ New output
check-typing = Typing: { $input }
check-expected = Expected
check-showed = Your program showed
check-difference = The first difference is line { $line } (marked).
check-difference-missing = The first difference is line { $line }: your program showed nothing there.
check-difference-extra = The first difference is line { $line }: nothing more was expected.

## Notices (other_version.rs, startup_progress.rs, update_notice.rs, app.rs)
other-tab = This exercise was changed in another tab. Your code here is not saved over it until you choose.
other-tab-use = Use that version
other-tab-keep = Keep mine
other-saved = You saved code for this exercise before. What you typed while the lessons were loading is in the editor, not saved yet.
other-saved-use = Use the saved code
other-saved-keep = Keep what I typed
download-of = Downloading Python: { $loaded } of { $total } MB.
download-so-far = Downloading Python: { $loaded } MB so far.
download-label = Python download
download-first-visit = Only the first visit is slow: after this, pyplay starts at once, even offline.
update-ready = A new version of pyplay is ready —
update-reload = Reload
update-to-use = to use it (your code is saved).
update-later = Later
open-full = Open in pyplay ↗
save-refused = Your browser is not letting pyplay save your code ({ $why }). Copy it somewhere safe before closing this tab.
