"""Reviewers' edits made by LibreOffice itself: a Basic macro run by ``soffice --headless``.

The macro opens a DOCX with "record changes" on, makes the edits it is given (split a
paragraph, comment a text, delete a sentence, move a paragraph, insert words) through the
UNO text API as a person's typing would, and saves it as Word 2007 XML again, so the tests
read the tracked changes and comments as LibreOffice writes them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

AUTHOR = "Pressestelle MWAE"

_MACRO = """REM  *****  BASIC  *****

Sub Review(sIn As String, sOut As String, sSpec As String)
  On Error GoTo Failed
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), "_blank", 0, args())
  oDoc.RecordChanges = True
  For Each sAction In Split(sSpec, "|")
    p = Split(sAction, "~")
    oSearch = oDoc.createSearchDescriptor()
    oSearch.SearchString = p(1)
    oFound = oDoc.findFirst(oSearch)
    oText = oFound.getText()
    Select Case p(0)
    Case "split"
      oCur = oText.createTextCursorByRange(oFound.getEnd())
      oText.insertControlCharacter(oCur, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, False)
    Case "comment"
      oNote = oDoc.createInstance("com.sun.star.text.TextField.Annotation")
      oNote.Author = "__AUTHOR__"
      oNote.Content = p(2)
      oText.insertTextContent(oFound, oNote, True)
    Case "delete"
      oFound.setString("")
    Case "insert"
      oCur = oText.createTextCursorByRange(oFound.getEnd())
      oText.insertString(oCur, p(2), False)
    Case "move"
      oCur = oText.createTextCursorByRange(oFound)
      oCur.gotoStartOfParagraph(False)
      oCur.gotoEndOfParagraph(True)
      sMoved = oCur.getString()
      oCur.goRight(1, True)
      oCur.setString("")
      oSearch.SearchString = p(2)
      oTarget = oDoc.findFirst(oSearch)
      oTargetText = oTarget.getText()
      oCur2 = oTargetText.createTextCursorByRange(oTarget)
      oCur2.gotoStartOfParagraph(False)
      oTargetText.insertString(oCur2, sMoved, False)
      iBreak = com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK
      oTargetText.insertControlCharacter(oCur2, iBreak, False)
    End Select
  Next
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = "FilterName"
  sargs(0).Value = "MS Word 2007 XML"
  oDoc.storeToURL(ConvertToURL(sOut), sargs())
  oDoc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  iFile = FreeFile()
  Open sOut & ".err" For Output As #iFile
  Print #iFile, "line " & Erl & ": " & Error$ & " [" & sSpec & "]"
  Close #iFile
  StarDesktop.terminate()
End Sub
"""

_MODULE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
           '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module '
           'xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
           'script:language="StarBasic">{code}</script:module>')


def soffice() -> str | None:
    return shutil.which("soffice")


def prepare_profile(profile: Path) -> None:
    """A LibreOffice profile in ``profile`` whose Standard library holds the macro."""
    url = profile.resolve().as_uri()
    subprocess.run([soffice() or "soffice", f"-env:UserInstallation={url}", "--headless",
                    "--terminate_after_init"], check=True, timeout=120,
                   capture_output=True)
    code = _MACRO.replace("__AUTHOR__", AUTHOR)
    escaped = code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;")
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(
        _MODULE.format(code=escaped), encoding="utf-8")


def review(profile: Path, source: Path, target: Path, actions: list[tuple[str, ...]]) -> None:
    """Apply ``actions`` (("split", after), ("comment", on, words), ("delete", text),
    ("move", paragraph_with, before_paragraph_with), ("insert", after, words)) to
    ``source`` with changes recorded; the result is written to ``target``."""
    spec = "|".join("~".join(a) for a in actions).replace('"', '""')
    url = profile.resolve().as_uri()
    macro = (f'macro:///Standard.Module1.Review("{source.resolve()}","{target.resolve()}",'
             f'"{spec}")')
    subprocess.run([soffice() or "soffice", f"-env:UserInstallation={url}", "--headless",
                    "--invisible", macro], check=False, timeout=180, capture_output=True)
    failed = target.with_name(target.name + ".err")
    if failed.exists():
        raise RuntimeError(f"LibreOffice could not edit {source.name}: {failed.read_text()}")
    if not target.exists():
        raise RuntimeError(f"LibreOffice did not write {target}")
