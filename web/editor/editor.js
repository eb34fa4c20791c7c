// pyplay's code editor: CodeMirror 6 set up for beginners' Python, bundled by esbuild (see
// build.mjs) into one classic script that defines `globalThis.pyplayEditor`. The Yew app calls
// it through wasm-bindgen (crates/app/src/components/editor.rs); nothing else uses CodeMirror.
import {
  Compartment, EditorSelection, EditorState, StateEffect, StateField, Transaction,
} from "@codemirror/state";
import {
  Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap,
  lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from "@codemirror/commands";
import {
  bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { python } from "@codemirror/lang-python";
import { classHighlighter } from "@lezer/highlight";

const INDENT = 4;

// Tab with no selection puts spaces up to the next multiple of four columns at the cursor;
// with a selection it indents the selected lines. Shift+Tab dedents.
function tab(view) {
  const { state } = view;
  if (state.selection.ranges.some((r) => !r.empty)) return indentMore(view);
  view.dispatch(state.changeByRange((range) => {
    const line = state.doc.lineAt(range.head);
    const spaces = " ".repeat(INDENT - ((range.head - line.from) % INDENT));
    return {
      changes: { from: range.head, insert: spaces },
      range: EditorSelection.cursor(range.head + spaces.length),
    };
  }, { userEvent: "input.indent" }));
  return true;
}

// A highlighted line (the class `className` on it) until the program changes: `set.of(n)`
// highlights line n (1-based), `set.of(0)` none.
function lineHighlight(className) {
  const set = StateEffect.define();
  const field = StateField.define({
    create: () => Decoration.none,
    update(value, tr) {
      for (const effect of tr.effects) {
        if (effect.is(set)) {
          const n = effect.value;
          if (!n || n > tr.state.doc.lines) return Decoration.none;
          const line = tr.state.doc.line(n);
          return Decoration.set([Decoration.line({ class: className }).range(line.from)]);
        }
      }
      return tr.docChanged ? Decoration.none : value;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
  return { set, field };
}

// The line of the last error, and the line a step-through runs next.
const errorLine = lineHighlight("cm-error-line");
const stepLine = lineHighlight("cm-step-line");

const views = new WeakMap();

// Whether the code may be edited: an embed's option, or a help request until the mentor
// answers with an edited copy (`setReadOnly`).
const editing = new Compartment();
const editingFor = (readOnly) => [EditorState.readOnly.of(!!readOnly), EditorView.editable.of(!readOnly)];

// The editor's accessible name, in the page's language (`setLabel` when it changes).
const naming = new Compartment();
const namedAs = (label) => EditorView.contentAttributes.of({ "aria-label": label });

function extensions({ onChange, onRun, label, describedBy, readOnly }) {
  return [
    editing.of(editingFor(readOnly)),
    naming.of(namedAs(label)),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    // Also `tok-*` classes, which style.css colours for the dark theme.
    syntaxHighlighting(classHighlighter),
    python(),
    indentUnit.of(" ".repeat(INDENT)),
    EditorState.tabSize.of(INDENT),
    errorLine.field,
    stepLine.field,
    keymap.of([
      { key: "Mod-Enter", run: () => { onRun(); return true; } },
      { key: "Tab", run: tab, shift: indentLess },
      ...closeBracketsKeymap,
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    EditorView.contentAttributes.of({
      "aria-describedby": describedBy,
      autocapitalize: "off",
      autocorrect: "off",
      spellcheck: "false",
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}

class Editor {
  constructor(parent, doc, options) {
    this.options = options;
    this.view = new EditorView({ parent, state: this.newState(doc) });
    views.set(parent, this.view);
  }

  newState(doc) {
    return EditorState.create({ doc, extensions: extensions(this.options) });
  }

  getDoc() {
    return this.view.state.doc.toString();
  }

  // Replaces the program (another exercise, a reset): a new history, so undo doesn't cross it.
  setDoc(doc) {
    if (doc !== this.getDoc()) this.view.setState(this.newState(doc));
  }

  // Replaces the program as one undoable edit (undoing a reset to the starter code).
  replaceDoc(doc) {
    if (doc === this.getDoc()) return;
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: doc },
      annotations: Transaction.userEvent.of("input.replace"),
    });
  }

  // Lets the code be edited (false) or not (true), keeping the program and its history.
  setReadOnly(readOnly) {
    if (!!readOnly === !!this.options.readOnly) return;
    this.options.readOnly = readOnly;
    this.view.dispatch({ effects: editing.reconfigure(editingFor(readOnly)) });
  }

  // Renames the editor for screen readers (the page's language changed), keeping everything else.
  setLabel(label) {
    if (label === this.options.label) return;
    this.options.label = label;
    this.view.dispatch({ effects: naming.reconfigure(namedAs(label)) });
  }

  // Highlights line `n` (1-based) as the one a step-through runs next, scrolled into view;
  // 0 clears it.
  setStepLine(n) {
    const effects = [stepLine.set.of(n)];
    const { doc } = this.view.state;
    if (n >= 1 && n <= doc.lines) effects.push(EditorView.scrollIntoView(doc.line(n).from, { y: "nearest" }));
    this.view.dispatch({ effects });
  }

  // Highlights line `n` (1-based) as the error's line; 0 clears it.
  setErrorLine(n) {
    this.view.dispatch({ effects: errorLine.set.of(n) });
  }

  // Puts the cursor at the start of line `n`'s code, scrolls to it and focuses the editor.
  goToLine(n) {
    const { doc } = this.view.state;
    if (n < 1 || n > doc.lines) return;
    const line = doc.line(n);
    const at = line.from + (line.text.length - line.text.trimStart().length);
    this.view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
    this.view.focus();
  }

  focus() {
    this.view.focus();
  }

  destroy() {
    this.view.destroy();
  }
}

globalThis.pyplayEditor = {
  /** Makes an editor in `parent`; `onChange(doc)` after every edit, `onRun()` on Ctrl/Cmd+Enter;
   *  `label` is its accessible name (`setLabel` changes it); `readOnly` for embeds that only
   *  show code. */
  create: (parent, doc, onChange, onRun, label, describedBy, readOnly) =>
    new Editor(parent, doc, { onChange, onRun, label, describedBy, readOnly }),
  /** The program in the editor inside `element` (for tests and tools). */
  docOf: (element) => views.get(element)?.state.doc.toString(),
};
