"""pyplay has no tkinter.ttk: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.ttk"), name=__name__)
