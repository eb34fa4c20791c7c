"""pyplay has no tkinter.colorchooser: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.colorchooser"), name=__name__)
