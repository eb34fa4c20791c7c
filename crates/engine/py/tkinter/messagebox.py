"""pyplay has no tkinter.messagebox: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.messagebox"), name=__name__)
