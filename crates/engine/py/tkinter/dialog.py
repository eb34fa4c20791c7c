"""pyplay has no tkinter.dialog: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.dialog"), name=__name__)
