"""pyplay has no tkinter.commondialog: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.commondialog"), name=__name__)
