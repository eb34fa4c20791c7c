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
steps-controls = Move through the steps
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
lesson-done = Done
    .label = (done)
lesson-broken = This lesson can't be opened:
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
editor-label = Your program
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
copy-button = Copy
copy-done = Copied.
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
# The message to paste into a chat with a help request's link (pyplay-share's ChatLine).
chat-ask = Could you help me with my Python program?
chat-ask-exercise = Could you help me with my Python program? (exercise "{ $exercise }")
chat-question = My question: { $question }
chat-error = It says: { $error }
chat-open-request = Open it here (my code, input and output are in the link): { $link }
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
# The message to paste into a chat with a reply's link.
chat-answer = Here is my answer to your question.
chat-answer-exercise = Here is my answer to your question about "{ $exercise }".
chat-open-reply = Open it here (my version of your code; yours stays as it is): { $link }
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
console-cut = … earlier output was cut to keep the page fast …
check-typing = Typing: { $input }
check-results = Check results
check-passed = Passed:
check-failed = Failed:
check-all-passed = All checks passed — exercise done!
check-expected = Expected
check-showed = Your program showed
check-difference = The first difference is line { $line } (marked).
check-difference-missing = The first difference is line { $line }: your program showed nothing there.
check-difference-extra = The first difference is line { $line }: nothing more was expected.
# What each check checked: the title of its result (pyplay_lessons::CheckTitle). $input is the lines typed, joined with ", ".
check-title-output = Output
check-title-with-input = With input { $input }
check-title-tests = Tests
check-title-drawing = Drawing
check-title-plot = Plot
check-title-uses-for = Uses a for loop
check-title-uses-while = Uses a while loop
check-title-uses-def = Defines a function
check-title-uses-if = Uses if
check-title-uses-return = Returns a value
check-title-uses-comprehension = Uses a comprehension
check-title-uses-f-string = Uses an f-string
# $name is a function's, a method's or a module's name, as the program writes it.
check-title-uses-call = Calls { $name }()
check-title-uses-method = Uses .{ $name }()
check-title-uses-import = Imports { $name }
# Why a check failed (pyplay_lessons::Failure). $error is Python's name for the error (NameError), $message Python's message, both as they are.
check-error = Your program stopped with { $error }: { $message } (line { $line }).
# The check stopped the program: said as the message of its KeyboardInterrupt (after "KeyboardInterrupt: ").
check-stopped-output = the check stopped your program after { $limit } characters of output. Does a loop never end?
check-stopped-frames = the check stopped your animation after { $limit } frames (a minute of it)
check-internal-problem = pyplay had an internal problem: { $message }
# $message is Python's SyntaxError.
check-unreadable = The program can't be read yet: { $message }
check-no-plot-summary = The reference program made no plot summary: the check itself is broken.

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
link-problem = This link's code could not be opened: { $why }.
link-damaged = the shared code in this link is damaged (was the link cut off when it was copied?)
link-too-long = the shared code in this link is too long
save-refused = Your browser is not letting pyplay save your code ({ $why }). Copy it somewhere safe before closing this tab.
# Why the browser would not save: in save-refused's brackets, and after import-failed's colon.
storage-blocked = this browser does not let pyplay save anything on this page
storage-full = the browser's storage for this site is full
storage-refused = the browser refused to store it: { $detail }
# Why Python can't start (console.rs); $why is the browser's own words, e.g. "HTTP 404".
python-download-failed = Python could not be downloaded ({ $why }). Check your connection and reload the page; your code is saved in this browser.
python-start-failed = Python could not start ({ $why }). Reload the page; your code is saved in this browser.
python-keeps-failing = Python keeps failing to start in this browser ({ $why }). Try reloading the page or another browser; your code is saved.

## pyplay's notes in the output (state/session.rs)
note-checking = Checking your program…
note-exited = Program exited with status { $status }.
note-stopped = Program stopped.
note-restart = === RESTART: Python restarted; variables from before are gone ===
note-internal-problem = pyplay had an internal problem and restarted Python ({ $why }). Your code is safe; run it again.
# After "MemoryError: ".
note-memory-error = the program used more than { $limit } MB of memory
note-memory-explanation = Your program kept asking for memory until it had used { $limit } MB, more than pyplay lets one program use, so pyplay stopped it. Does a loop keep adding to a list or a string and never end? Look at the loop's condition, or print how big the list gets.
note-check-timed-out = The check stopped your program after { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }: it was still running. Does a loop never end (a `while` whose condition never becomes false)? Run it yourself to see what it does, and press Stop if it hangs.

# A lesson's data file (for open()) did not arrive; $why is the browser's or server's words.
note-file-not-loaded = The data file { $file } could not be loaded ({ $why }). The program runs without it.
note-file-unreadable = The data file { $file } could not be read ({ $why }). The program runs without it.

## Importing progress (import_preview.rs)
import-failed = Could not import: { $why }.
# Why, after import-failed's colon (or one of storage-blocked, storage-full, storage-refused).
import-unreadable = the file could not be read
import-not-progress = this is not a pyplay progress file ({ $detail })
import-unknown-format = this progress file has an unknown format, “{ $format }”
import-title = Import this progress file?
import-nothing = It holds no code that differs from yours here.
import-replaces = It changes the code of these exercises. Your code here is kept until you say yes, and you can undo the import afterwards.
import-adds = It adds code to these exercises; none of yours is replaced.
# Each exercise in the list: "Lesson › Exercise: what happens to its code".
import-change-added = added (no code here yet)
import-change-replaced = your code here is replaced
import-change-newer-here = your code here is replaced (it is newer here than in the file)
import-embedded = an embedded exercise ({ $key })
import-marks-done = { $count ->
    [one] It marks { $count } more exercise done.
   *[other] It marks { $count } more exercises done.
}
import-confirm = Import
import-confirm-replace = Import and replace
import-cancel = Cancel
import-done = { $count ->
    [one] Progress imported ({ $count } program changed).
   *[other] Progress imported ({ $count } programs changed).
}
import-undo = Undo import

## Embedding on a web page (embed_code.rs)
embed-panel = Embed code
embed-site = Your site's address (recommended: the embed then obeys and reports to it alone)
    .placeholder = https://your-workshop.example
embed-site-no-scheme = “{ $typed }” needs to start with https:// (or http://)
embed-site-not-address = “{ $typed }” is not a web address (e.g. https://workshop.example)
embed-options = Embed options
embed-dark = Dark colours
embed-readonly = Read-only code
embed-no-console = No >>> console
embed-paste = Paste this into your web page (it fills the width of its column):
# The title of the <iframe>, for screen readers on the organizer's page.
embed-frame-exercise = Python exercise: { $title }
embed-frame-editor = Python editor

## The drawing (drawing_pane.rs)
drawing-title = Drawing
drawing-save-png = Save as PNG
drawing-save-svg = Save as SVG
# The drawing in words, for screen readers: "Drawing, 400 by 300: 2 rectangles, 1 line and 1 text".
drawing-about = Drawing: { $what }
drawing-sized = Drawing, { $width } by { $height }: { $what }
drawing-empty = empty
drawing-list = { $first } and { $last }
drawing-rectangles = { $count ->
    [one] { $count } rectangle
   *[other] { $count } rectangles
}
drawing-ovals = { $count ->
    [one] { $count } oval
   *[other] { $count } ovals
}
drawing-lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
drawing-polygons = { $count ->
    [one] { $count } polygon
   *[other] { $count } polygons
}
drawing-texts = { $count ->
    [one] { $count } text
   *[other] { $count } texts
}
drawing-arcs = { $count ->
    [one] { $count } arc
   *[other] { $count } arcs
}
