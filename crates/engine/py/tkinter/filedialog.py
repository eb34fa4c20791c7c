"""pyplay has no tkinter.filedialog: importing it says what pyplay's tkinter supports."""

import tkinter

raise ImportError(tkinter._unsupported("tkinter.filedialog"), name=__name__)
