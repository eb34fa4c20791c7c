"""pyplay has no tkinter.tix: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.tix"), name=__name__)
