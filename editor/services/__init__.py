"""Use cases shared by the desktop app and the command line; never imports Qt."""
