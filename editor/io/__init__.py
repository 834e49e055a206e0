"""Files in and out: the JSON interchange format, atomic writes, the bundled samples."""
