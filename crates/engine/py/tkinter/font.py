"""pyplay has no tkinter.font: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.font"), name=__name__)
