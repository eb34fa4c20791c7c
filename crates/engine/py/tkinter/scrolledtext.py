"""pyplay has no tkinter.scrolledtext: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.scrolledtext"), name=__name__)
