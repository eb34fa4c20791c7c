"""pyplay has no tkinter.dnd: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.dnd"), name=__name__)
