<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/actions.py" line="54"/>
        <source>&amp;New press release</source>
        <translation>&amp;Neue Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="55"/>
        <source>Start a new press release</source>
        <translation>Eine neue Pressemitteilung beginnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="57"/>
        <source>Save the open item in the archive</source>
        <translation>Die geöffnete Meldung im Archiv speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="58"/>
        <source>&amp;Reload from archive</source>
        <translation>Aus dem Archiv neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="60"/>
        <source>Discard unsaved changes and load the archived version</source>
        <translation>Ungespeicherte Änderungen verwerfen und die archivierte Fassung laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="62"/>
        <source>&amp;Discard recovered changes</source>
        <translation>Wiederhergestellte Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="63"/>
        <source>Throw away the changes recovered after a crash and show the saved item</source>
        <translation>Die nach einem Absturz wiederhergestellten Änderungen verwerfen und die gespeicherte Fassung zeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="65"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="66"/>
        <source>Import press items from interchange files (JSON); stored people and organisations change only if you say so</source>
        <translation>Pressemitteilungen aus Austauschdateien (JSON) importieren; gespeicherte Personen und Organisationen ändern sich nur, wenn Sie es wollen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="69"/>
        <source>Import &amp;documents…</source>
        <translation>&amp;Dokumente importieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="70"/>
        <source>Import old releases (Word, web pages, text, PDF) with their quotes and speakers; you review everything before it is saved</source>
        <translation>Alte Pressemitteilungen (Word, Webseiten, Text, PDF) mit ihren Zitaten und Sprechern importieren; Sie prüfen alles, bevor es gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="73"/>
        <source>Import a &amp;folder of documents…</source>
        <translation>Einen &amp;Ordner mit Dokumenten importieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="74"/>
        <source>Import every old release in a folder and its subfolders</source>
        <translation>Alle alten Pressemitteilungen eines Ordners und seiner Unterordner importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="75"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="76"/>
        <source>Export the open or selected items as Word or HTML files</source>
        <translation>Die geöffnete oder die ausgewählten Meldungen als Word- oder HTML-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="79"/>
        <source>Export for &amp;approval…</source>
        <translation>Zur &amp;Freigabe exportieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="80"/>
        <source>Write a Word file of the open item for the speaker&apos;s office, with track changes on; its texts carry anchors so that the answer can be read back</source>
        <translation>Eine Word-Datei des offenen Beitrags für das Büro der Sprecher schreiben, mit eingeschaltetem „Änderungen nachverfolgen“; ihre Texte tragen Anker, damit die Antwort wieder eingelesen werden kann</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="83"/>
        <source>Import approval &amp;round…</source>
        <translation>Freigabe&amp;runde einlesen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="84"/>
        <source>Read a returned Word file: see its tracked changes and comments per block and quote, accept or reject each, approve the quotes</source>
        <translation>Eine zurückgeschickte Word-Datei einlesen: ihre nachverfolgten Änderungen und Kommentare je Block und Zitat sehen, jede annehmen oder ablehnen, die Zitate freigeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="87"/>
        <source>Delete &amp;unused photos…</source>
        <translation>&amp;Unbenutzte Fotos löschen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="88"/>
        <source>Delete the stored photos that no item, draft, kept version or logo uses</source>
        <translation>Gespeicherte Fotos löschen, die keine Meldung, kein Entwurf, keine aufbewahrte Fassung und kein Logo verwendet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="91"/>
        <source>&amp;Copy archive to…</source>
        <translation>Archiv &amp;kopieren nach …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="92"/>
        <source>Copy the whole archive into a new file or an empty PostgreSQL database (a team archive)</source>
        <translation>Das ganze Archiv in eine neue Datei oder eine leere PostgreSQL-Datenbank kopieren (ein Team-Archiv)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="95"/>
        <source>&amp;History…</source>
        <translation>Ve&amp;rsionen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="96"/>
        <source>Every saved version of the open or selected item: compare them and restore one</source>
        <translation>Alle gespeicherten Fassungen der geöffneten oder ausgewählten Meldung: vergleichen und eine wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="99"/>
        <source>&amp;Publish</source>
        <translation>Veröffen&amp;tlichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="100"/>
        <source>Mark the saved item as published; publishing it again after edits makes it a correction</source>
        <translation>Die gespeicherte Meldung als veröffentlicht kennzeichnen; nach Änderungen erneut veröffentlicht, wird sie zur Korrektur</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="103"/>
        <source>De&amp;lete item…</source>
        <translation>Meldung lösc&amp;hen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="104"/>
        <source>Delete the open or selected item; its history is kept unless you say otherwise</source>
        <translation>Die geöffnete oder ausgewählte Meldung löschen; ihre Versionen bleiben erhalten, wenn Sie nichts anderes wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="107"/>
        <source>Deleted i&amp;tems…</source>
        <translation>&amp;Gelöschte Meldungen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="108"/>
        <source>Show the history of a deleted item and bring a version back</source>
        <translation>Die Versionen einer gelöschten Meldung zeigen und eine Fassung zurückholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="120"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="121"/>
        <source>Mark the selected text bold (**text**)</source>
        <translation>Den markierten Text fett setzen (**Text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="122"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="123"/>
        <source>Mark the selected text italic (*text*)</source>
        <translation>Den markierten Text kursiv setzen (*Text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="124"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="125"/>
        <source>Turn the selected text into a link</source>
        <translation>Den markierten Text verlinken</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="126"/>
        <source>&amp;Find items</source>
        <translation>Meldungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="127"/>
        <source>Search the archive</source>
        <translation>Im Archiv suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="130"/>
        <source>Add &amp;paragraph</source>
        <translation>&amp;Absatz einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="131"/>
        <source>Insert a paragraph below the current block</source>
        <translation>Einen Absatz unter dem aktuellen Block einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="132"/>
        <source>Add &amp;quote</source>
        <translation>&amp;Zitat einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="133"/>
        <source>Insert a quote below the current block</source>
        <translation>Ein Zitat unter dem aktuellen Block einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="134"/>
        <source>Add p&amp;hoto…</source>
        <translation>&amp;Foto hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="135"/>
        <source>Insert photos below the current block (or drop image files onto the editor)</source>
        <translation>Fotos unter dem aktuellen Block einfügen (oder Bilddateien auf den Editor ziehen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="137"/>
        <source>&amp;Remove block</source>
        <translation>Block &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="138"/>
        <source>Remove the current block</source>
        <translation>Den aktuellen Block entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="139"/>
        <source>Move block &amp;up</source>
        <translation>Block nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="140"/>
        <source>Move the current block up</source>
        <translation>Den aktuellen Block nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="141"/>
        <source>Move block &amp;down</source>
        <translation>Block nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="142"/>
        <source>Move the current block down</source>
        <translation>Den aktuellen Block nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="144"/>
        <source>&amp;Mark as translated</source>
        <translation>Als &amp;übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="145"/>
        <source>Confirm that the translation matches the current source text</source>
        <translation>Bestätigen, dass die Übersetzung zum aktuellen Ausgangstext passt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="152"/>
        <source>Item &amp;list</source>
        <translation>Meldungs&amp;liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="155"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="159"/>
        <source>&amp;Quote archive</source>
        <translation>&amp;Zitatarchiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="160"/>
        <source>Search quotes by words, speaker and date; open, copy or insert them</source>
        <translation>Zitate nach Wörtern, Sprecher und Datum suchen; öffnen, kopieren oder einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="162"/>
        <source>&amp;Directory…</source>
        <translation>&amp;Verzeichnis…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="163"/>
        <source>People, their roles, organisations and press contacts of the archive</source>
        <translation>Personen, ihre Funktionen, Organisationen und Pressekontakte des Archivs</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="165"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="166"/>
        <source>Show what others saved meanwhile: the list and the open item</source>
        <translation>Zeigen, was andere inzwischen gespeichert haben: Liste und geöffnete Meldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="169"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="172"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="180"/>
        <source>Show in the applications &amp;menu</source>
        <translation>Im &amp;Anwendungsmenü zeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="181"/>
        <source>Add Pressestelle to the desktop&apos;s applications menu, for you alone</source>
        <translation>Pressestelle ins Anwendungsmenü des Desktops aufnehmen, nur für Sie</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="182"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="183"/>
        <source>How to write, check and export a release, and every keyboard shortcut</source>
        <translation>Wie Sie eine Mitteilung schreiben, prüfen und exportieren, dazu alle Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="185"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="186"/>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters anzeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="187"/>
        <source>&amp;About Pressestelle</source>
        <translation>Ü&amp;ber Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="188"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="48"/>
        <source>Send for approval</source>
        <translation>Zur Freigabe senden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="49"/>
        <source>Mark approved</source>
        <translation>Als freigegeben markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="50"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_dialog.py" line="53"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="56"/>
        <source>e.g. Pressestelle MWAE, Frau Schulz</source>
        <translation>z. B. Pressestelle MWAE, Frau Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="59"/>
        <source>What the speaker&apos;s office asked to change</source>
        <translation>Was das Büro der sprechenden Person geändert haben möchte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="80"/>
        <source>Sent &amp;to:</source>
        <translation>Gesendet &amp;an:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="80"/>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="83"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="86"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="98"/>
        <source>Say to whom the quote goes.</source>
        <translation>Geben Sie an, an wen das Zitat geht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="100"/>
        <source>Say who decided (for example the speaker&apos;s office).</source>
        <translation>Geben Sie an, wer entschieden hat (zum Beispiel das Büro der sprechenden Person).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="103"/>
        <source>Give the reason for the rejection.</source>
        <translation>Geben Sie den Grund der Ablehnung an.</translation>
    </message>
</context>
<context>
    <name>ApprovalRound</name>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="68"/>
        <source>Export for approval</source>
        <translation>Zur Freigabe exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="70"/>
        <location filename="../../editor/gui/approval_round.py" line="93"/>
        <source>Word files (*.docx)</source>
        <translation>Word-Dateien (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="77"/>
        <source>The file for approval could not be written.</source>
        <translation>Die Datei zur Freigabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="80"/>
        <source>Written for approval: %1</source>
        <translation>Zur Freigabe geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="92"/>
        <source>Import approval round</source>
        <translation>Freigaberunde einlesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="100"/>
        <source>The returned file could not be read.</source>
        <translation>Die zurückgeschickte Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="122"/>
        <source>The approval round could not be applied.</source>
        <translation>Die Freigaberunde konnte nicht übernommen werden.</translation>
    </message>
</context>
<context>
    <name>ApprovalRoundDialog</name>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="47"/>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="49"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="51"/>
        <source>Subheadline</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="53"/>
        <source>Quote in block %1</source>
        <translation>Zitat in Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="56"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="59"/>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="64"/>
        <source>the beginning</source>
        <translation>den Anfang</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="65"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="77"/>
        <source>%1 split into %2 paragraphs: %3</source>
        <translation>%1 in %2 Absätze geteilt: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="83"/>
        <source>%1 removed: „%2“</source>
        <translation>%1 entfernt: „%2“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="87"/>
        <source>New paragraph (%1) after %2: „%3“</source>
        <translation>Neuer Absatz (%1) nach %2: „%3“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="93"/>
        <source>%1 moved after %2</source>
        <translation>%1 verschoben nach %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="100"/>
        <source> (changed in the archive since the export; accepting replaces that)</source>
        <translation> (seit dem Export im Archiv geändert; Annehmen ersetzt diese Änderung)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="104"/>
        <source> (differs from the archive)</source>
        <translation> (weicht vom Archiv ab)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="109"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="113"/>
        <source>%1 on %2 („%3“): %4</source>
        <translation>%1 zu %2 („%3“): %4</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="116"/>
        <source>%1 on %2: %3</source>
        <translation>%1 zu %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="128"/>
        <source>Import approval round</source>
        <translation>Freigaberunde einlesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="131"/>
        <source>%1 was not exported for approval by Pressestelle: its paragraphs were matched with the item&apos;s texts by their words.</source>
        <translation>%1 wurde nicht von Pressestelle zur Freigabe exportiert: Ihre Absätze wurden den Texten des Beitrags über ihre Wörter zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="135"/>
        <source>Changes and comments in %1. Tick the changes to accept into the item; the others are rejected.</source>
        <translation>Änderungen und Kommentare in %1. Haken Sie die Änderungen an, die in den Beitrag übernommen werden; die übrigen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="149"/>
        <source>No changes to the texts.</source>
        <translation>Keine Änderungen an den Texten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="153"/>
        <source>Choose a change to see the whole text before and after it.</source>
        <translation>Wählen Sie eine Änderung, um den ganzen Text davor und danach zu sehen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="155"/>
        <source>Accept &amp;all</source>
        <translation>&amp;Alle annehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="156"/>
        <source>Re&amp;ject all</source>
        <translation>Alle a&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="161"/>
        <source>Not taken (quotation marks and attributions are written by the application): %1</source>
        <translation>Nicht übernommen (Anführungszeichen und Zuschreibungen schreibt die Anwendung selbst): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="165"/>
        <source>Removed %1 invisible direction or format characters (the first: %2) from the file&apos;s texts.</source>
        <translation>%1 unsichtbare Richtungs- oder Formatzeichen (das erste: %2) wurden aus den Texten der Datei entfernt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="168"/>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_round_dialog.py" line="169"/>
        <source>&amp;Mark the %n quote(s) of this round approved by:</source>
        <translation>
            <numerusform>Das %n Zitat dieser Runde als &amp;freigegeben markieren von:</numerusform>
            <numerusform>Die %n Zitate dieser Runde als &amp;freigegeben markieren von:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="175"/>
        <source>e.g. Pressestelle MWAE, Frau Schulz</source>
        <translation>z. B. Pressestelle MWAE, Frau Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="179"/>
        <source>Apply and &amp;save</source>
        <translation>Übernehmen und &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="189"/>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="193"/>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="215"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="215"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="72"/>
        <source>Backup copy in progress…</source>
        <translation>Sicherungskopie läuft …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="74"/>
        <source>Today&apos;s backup copy of the archive is being made in the background. Keep working: what you save now goes into tomorrow&apos;s copy, and closing the window does not stop the copy.</source>
        <translation>Die heutige Sicherungskopie des Archivs entsteht im Hintergrund. Arbeiten Sie ruhig weiter: Was Sie jetzt speichern, kommt in die Kopie von morgen, und Schließen des Fensters hält die Kopie nicht an.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="112"/>
        <source>Today&apos;s backup copy of the archive is made.</source>
        <translation>Die heutige Sicherungskopie des Archivs ist fertig.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="118"/>
        <source>The daily backup copy could not be made: %1</source>
        <translation>Die tägliche Sicherungskopie konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="159"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="161"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="167"/>
        <source>%1 (source)</source>
        <translation>%1 (Ausgangstext)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="219"/>
        <source>All translations are up to date.</source>
        <translation>Alle Übersetzungen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="234"/>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="235"/>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="240"/>
        <source>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</source>
        <translation>Der Ausgangstext wurde geändert, nachdem die Übersetzung (%1) geschrieben wurde. Prüfen Sie sie und wählen Sie dann „Als übersetzt markieren“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="242"/>
        <source>The %1 translation is missing.</source>
        <translation>Die Übersetzung (%1) fehlt.</translation>
    </message>
</context>
<context>
    <name>BlockTextDelegate</name>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="322"/>
        <source>translation missing</source>
        <translation>Übersetzung fehlt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="324"/>
        <source>write here</source>
        <translation>hier schreiben</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../editor/gui/commands.py" line="32"/>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="33"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="34"/>
        <source>Change issue date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="35"/>
        <source>Change places</source>
        <translation>Orte ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="36"/>
        <source>Change issuing organisations</source>
        <translation>Herausgeber ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="37"/>
        <source>Change topics</source>
        <translation>Themen ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="38"/>
        <source>Change embargo</source>
        <translation>Sperrfrist ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="39"/>
        <source>Change internal note</source>
        <translation>Interne Notiz ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="40"/>
        <source>Change languages</source>
        <translation>Sprachen ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="41"/>
        <source>Change contacts</source>
        <translation>Kontakte ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="42"/>
        <source>Change source language</source>
        <translation>Ausgangssprache ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="43"/>
        <source>Change event</source>
        <translation>Veranstaltung ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="45"/>
        <source>Change item</source>
        <translation>Meldung ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="133"/>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="169"/>
        <source>Mark as translated</source>
        <translation>Als übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="218"/>
        <source>Add %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="242"/>
        <source>Remove block</source>
        <translation>Block entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="260"/>
        <source>Move block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="275"/>
        <source>Change block kind</source>
        <translation>Blockart ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="304"/>
        <source>Change speakers</source>
        <translation>Sprechende ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="324"/>
        <source>Change quote layout</source>
        <translation>Zitatform ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="337"/>
        <source>Change verb</source>
        <translation>Verb ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="376"/>
        <source>Add photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="393"/>
        <source>Choose image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="415"/>
        <source>Change photo</source>
        <translation>Foto ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="466"/>
        <source>Insert archived quote</source>
        <translation>Zitat aus dem Archiv einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="37"/>
        <source>Accept approval round</source>
        <translation>Freigaberunde übernehmen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="42"/>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="43"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="44"/>
        <source>Subheadline</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="89"/>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="92"/>
        <source>This item was saved elsewhere (version %1) while you edited version %2. Compare both versions and choose which one to keep; nothing is overwritten unless you say so.</source>
        <translation>Diese Meldung wurde anderswo gespeichert (Version %1), während Sie Version %2 bearbeitet haben. Vergleichen Sie beide Fassungen und wählen Sie, welche bleiben soll; ohne Ihre Entscheidung wird nichts überschrieben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="101"/>
        <source>Keep mine (overwrite)</source>
        <translation>Meine behalten (überschreiben)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="102"/>
        <source>Take theirs (discard mine)</source>
        <translation>Ihre übernehmen (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="118"/>
        <source>Theirs: in the archive (version %1)</source>
        <translation>Die andere: im Archiv (Version %1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="120"/>
        <source>Yours: in the editor, not saved</source>
        <translation>Ihre: im Editor, nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="128"/>
        <source>The texts are the same; other details differ.</source>
        <translation>Die Texte sind gleich; andere Angaben unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="32"/>
        <source>Press contact</source>
        <translation>Pressekontakt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="35"/>
        <source>e.g. Dr. Anna Schulz</source>
        <translation>z. B. Dr. Anna Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="37"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="67"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="69"/>
        <source>Function (%1):</source>
        <translation>Funktion (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="71"/>
        <source>Topics (%1):</source>
        <translation>Themen (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="72"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="73"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="74"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="92"/>
        <source>The e-mail address is not valid. Write it as name@example.org.</source>
        <translation>Die E-Mail-Adresse ist ungültig. Schreiben Sie sie als name@example.org.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="96"/>
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>Die Website muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="36"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="37"/>
        <source>Add a press contact</source>
        <translation>Einen Pressekontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="42"/>
        <source>Saved…</source>
        <translation>Gespeicherte…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="43"/>
        <source>Pick a press contact saved in the directory, or create one there</source>
        <translation>Einen im Verzeichnis gespeicherten Pressekontakt wählen oder dort einen anlegen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="49"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="50"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="85"/>
        <source>New saved contact…</source>
        <translation>Neuer gespeicherter Kontakt…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="181"/>
        <source>No press contact yet: use Add…</source>
        <translation>Noch kein Pressekontakt: „Hinzufügen …“ verwenden</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="109"/>
        <source>Copying the archive …</source>
        <translation>Das Archiv wird kopiert …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="110"/>
        <source>Copy archive</source>
        <translation>Archiv kopieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="133"/>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Kopiere %1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="142"/>
        <source>The archive was not copied.</source>
        <translation>Das Archiv wurde nicht kopiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="159"/>
        <source>The archive was copied and checked: %1 rows, ids, versions and times unchanged.</source>
        <translation>Das Archiv wurde kopiert und geprüft: %1 Zeilen, Kennungen, Versionen und Zeitstempel unverändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="165"/>
        <source>Pressestelle opens the copy from its next start on.</source>
        <translation>Pressestelle öffnet ab dem nächsten Start die Kopie.</translation>
    </message>
</context>
<context>
    <name>CopyArchiveDialog</name>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="46"/>
        <source>Copy archive</source>
        <translation>Archiv kopieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="51"/>
        <source>&amp;File…</source>
        <translation>&amp;Datei …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="56"/>
        <source>&amp;Open the copy from the next start on</source>
        <translation>Ab dem nächsten Start die Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="64"/>
        <source>Copies every press item, person, quote, photo and draft of %1 into a new archive file or an empty PostgreSQL database, with ids, versions and times unchanged. A target that holds anything is refused. Save the open item first: unsaved changes are not copied.</source>
        <translation>Kopiert alle Pressemitteilungen, Personen, Zitate, Fotos und Entwürfe aus %1 in eine neue Archivdatei oder eine leere PostgreSQL-Datenbank; Kennungen, Versionen und Zeitstempel bleiben unverändert. Ein Ziel, das schon etwas enthält, wird abgelehnt. Speichern Sie zuerst den geöffneten Beitrag: Ungespeicherte Änderungen werden nicht kopiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="76"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="85"/>
        <source>New archive file</source>
        <translation>Neue Archivdatei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="86"/>
        <source>Archive files (*.sqlite)</source>
        <translation>Archivdateien (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="96"/>
        <source>Give a file name or a database address.</source>
        <translation>Geben Sie einen Dateinamen oder eine Datenbankadresse an.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/gui/date_field.py" line="51"/>
        <source>“%1” is not a date; type it as %2.</source>
        <translation>„%1“ ist kein Datum; bitte als %2 eingeben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="60"/>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>„%1“ ist kein Datum: Einen Monat %2 gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="64"/>
        <source>“%1” is not a date: the year %2 is out of range.</source>
        <translation>„%1“ ist kein Datum: Das Jahr %2 liegt außerhalb des möglichen Bereichs.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="70"/>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>„%1“ ist kein Datum: Der %2 %3 hat %4 Tage.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="79"/>
        <source>DD</source>
        <translation>TT</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="80"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="81"/>
        <source>YYYY</source>
        <translation>JJJJ</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="100"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="101"/>
        <source>Type the date as %1 or choose it in the calendar.</source>
        <translation>Datum als %1 eingeben oder im Kalender wählen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="105"/>
        <source>Choose in the calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="164"/>
        <source>Type a date as %1.</source>
        <translation>Bitte ein Datum als %1 eingeben.</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="38"/>
        <source>Pressestelle is in the applications menu now.</source>
        <translation>Pressestelle steht jetzt im Anwendungsmenü.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="42"/>
        <source>Pressestelle is no longer in the applications menu.</source>
        <translation>Pressestelle steht nicht mehr im Anwendungsmenü.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="45"/>
        <source>The applications menu entry could not be changed.</source>
        <translation>Der Eintrag im Anwendungsmenü konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>DirectoryContactDialog</name>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="30"/>
        <source>Edit press contact</source>
        <translation>Pressekontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="31"/>
        <source>New press contact</source>
        <translation>Neuer Pressekontakt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="42"/>
        <source>A press contact needs a name.</source>
        <translation>Ein Pressekontakt braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="46"/>
        <source>The e-mail address is not valid. Write it as name@example.org.</source>
        <translation>Die E-Mail-Adresse ist ungültig. Schreiben Sie sie als name@example.org.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="50"/>
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>Die Website muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>DirectoryDelete</name>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="16"/>
        <source>a quote</source>
        <translation>ein Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="17"/>
        <source>a quote in the autosaved draft</source>
        <translation>ein Zitat im automatisch gesicherten Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="19"/>
        <source>issuer</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="20"/>
        <source>issuer in the autosaved draft</source>
        <translation>Herausgeber im automatisch gesicherten Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="22"/>
        <source>event speaker</source>
        <translation>Redner bei der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="23"/>
        <source>event speaker in the autosaved draft</source>
        <translation>Redner bei der Veranstaltung im automatisch gesicherten Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="25"/>
        <source>event organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="26"/>
        <source>event organiser in the autosaved draft</source>
        <translation>Veranstalter im automatisch gesicherten Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="28"/>
        <source>press contact</source>
        <translation>Pressekontakt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="29"/>
        <source>press contact in the autosaved draft</source>
        <translation>Pressekontakt im automatisch gesicherten Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="31"/>
        <source>a role of %1</source>
        <translation>eine Funktion von %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="32"/>
        <source>the saved press contact %1</source>
        <translation>der gespeicherte Pressekontakt %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="48"/>
        <source>(no headline)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="62"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="63"/>
        <source>%1 is still used and was not deleted:</source>
        <translation>%1 wird noch verwendet und wurde nicht gelöscht:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/usage_box.py" line="68"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="71"/>
        <source>&amp;Merge with another person…</source>
        <translation>Mit anderer Person &amp;zusammenführen…</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="68"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="74"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="75"/>
        <source>Full name</source>
        <translation>Voller Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="76"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="82"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="83"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="84"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="85"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="89"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="90"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="91"/>
        <source>Press &amp;contacts</source>
        <translation>Presse&amp;kontakte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="94"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="103"/>
        <source>Changes here are saved at once; notes are never exported.</source>
        <translation>Änderungen hier werden sofort gespeichert; Notizen werden nie exportiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="155"/>
        <source>The organisation could not be deleted.</source>
        <translation>Die Organisation konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="176"/>
        <source>The press contact could not be deleted.</source>
        <translation>Der Pressekontakt konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../editor/gui/document_import.py" line="47"/>
        <source>Import a folder of old releases</source>
        <translation>Ordner mit alten Pressemitteilungen importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="53"/>
        <source>Import old releases</source>
        <translation>Alte Pressemitteilungen importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="54"/>
        <source>Releases (*.docx *.html *.htm *.txt *.pdf)</source>
        <translation>Pressemitteilungen (*.docx *.html *.htm *.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="104"/>
        <source>Reading documents…</source>
        <translation>Dokumente werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="105"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="106"/>
        <location filename="../../editor/gui/document_import.py" line="176"/>
        <location filename="../../editor/gui/document_import.py" line="204"/>
        <location filename="../../editor/gui/document_import.py" line="243"/>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="130"/>
        <location filename="../../editor/gui/document_import.py" line="146"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Lese %1 (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="163"/>
        <source>The documents could not be read; nothing was changed.</source>
        <translation>Die Dokumente konnten nicht gelesen werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="177"/>
        <source>No document could be read.</source>
        <translation>Kein Dokument konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="190"/>
        <source>The documents could not be saved.</source>
        <translation>Die Dokumente konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="202"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="203"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="214"/>
        <source>Saving %1 (%2 of %3)…</source>
        <translation>Speichere %1 (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="230"/>
        <source>%n item(s)</source>
        <comment>imported</comment>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="231"/>
        <source>%n quote(s)</source>
        <comment>imported with</comment>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="232"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="233"/>
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="234"/>
        <source>%n document(s) failed</source>
        <translation>
            <numerusform>%n Dokument fehlgeschlagen</numerusform>
            <numerusform>%n Dokumente fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="236"/>
        <source>Imported %1 with %2; %3; %4; %5.</source>
        <translation>%1 mit %2 importiert; %3; %4; %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="240"/>
        <source>Stopped: %n document(s) were not saved; import them again to add them.</source>
        <translation>
            <numerusform>Angehalten: %n Dokument wurde nicht gespeichert; importieren Sie es erneut, um es hinzuzufügen.</numerusform>
            <numerusform>Angehalten: %n Dokumente wurden nicht gespeichert; importieren Sie sie erneut, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="250"/>
        <source>… and %1 more (Show Details…)</source>
        <translation>… und %1 weitere (Details einblenden…)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../editor/gui/errors.py" line="45"/>
        <source>Reload the item and apply your changes again.</source>
        <translation>Laden Sie die Meldung neu und übernehmen Sie Ihre Änderungen erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="47"/>
        <source>Correct the field named in the message and try again.</source>
        <translation>Korrigieren Sie das genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="51"/>
        <source>The record may have been deleted; refresh the list.</source>
        <translation>Der Eintrag wurde vielleicht gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="57"/>
        <location filename="../../editor/gui/errors.py" line="100"/>
        <source>Check that the archive file is reachable and not read-only.</source>
        <translation>Prüfen Sie, ob die Archivdatei erreichbar und nicht schreibgeschützt ist.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="61"/>
        <source>Check the message above, correct the cause and try again.</source>
        <translation>Beheben Sie die oben genannte Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="65"/>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="68"/>
        <source>This is a program error; it has been written to the log.</source>
        <translation>Dies ist ein Programmfehler; er wurde im Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="76"/>
        <source>Free some disk space, then try again.</source>
        <translation>Geben Sie Speicherplatz auf dem Datenträger frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="78"/>
        <source>Check the permissions of the archive file and its folder, or open a copy.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Archivdatei und ihres Ordners, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="81"/>
        <source>Check that the archive&apos;s folder exists and that you may create files in it.</source>
        <translation>Prüfen Sie, ob der Ordner des Archivs existiert und Sie darin Dateien anlegen dürfen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="84"/>
        <source>Restore the archive from a backup copy.</source>
        <translation>Stellen Sie das Archiv aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="86"/>
        <source>Wait a moment, then try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="88"/>
        <source>Check the drive and its free space, then try again.</source>
        <translation>Prüfen Sie das Laufwerk und seinen freien Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="91"/>
        <source>Check the network and the server; your next action connects again. Unsaved text is kept in the editor and in the recovery copy.</source>
        <translation>Prüfen Sie das Netzwerk und den Server; die nächste Aktion verbindet sich neu. Ungespeicherter Text bleibt im Editor und in der Wiederherstellungskopie erhalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="95"/>
        <source>Check the user name and the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>Prüfen Sie den Benutzernamen und das Passwort in ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="98"/>
        <source>Check the database name in the archive&apos;s address (Settings).</source>
        <translation>Prüfen Sie den Datenbanknamen in der Adresse des Archivs (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="142"/>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="144"/>
        <source>This item was changed in the archive since you opened it.</source>
        <translation>Diese Meldung wurde im Archiv geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="149"/>
        <source>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive&apos;s version (your unsaved changes are lost), or cancel, copy your changes and reload later.</source>
        <translation>Ihre Fassung ist Version %1, im Archiv liegt Version %2. Speichern würde die anderen Änderungen überschreiben.

Laden Sie die Fassung aus dem Archiv (Ihre ungespeicherten Änderungen gehen verloren) oder brechen Sie ab, sichern Sie Ihre Änderungen und laden Sie später neu.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="159"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="171"/>
        <source>Archive busy</source>
        <translation>Archiv belegt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="173"/>
        <source>The archive is busy: another program is writing to it.</source>
        <translation>Das Archiv ist belegt: Ein anderes Programm schreibt gerade hinein.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="179"/>
        <source>Nothing was lost: your changes are still in the editor. Try again in a moment, or cancel and save later.</source>
        <translation>Nichts ist verloren: Ihre Änderungen sind noch im Editor. Versuchen Sie es gleich noch einmal oder brechen Sie ab und speichern Sie später.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="210"/>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="66"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="67"/>
        <source>%n item(s) will be exported.</source>
        <translation>
            <numerusform>%n Meldung wird exportiert.</numerusform>
            <numerusform>%n Meldungen werden exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="73"/>
        <source>%n template(s) cannot be used; point at one in the list to see why.</source>
        <translation>
            <numerusform>%n Vorlage ist nicht nutzbar; zeigen Sie in der Liste darauf, um den Grund zu sehen.</numerusform>
            <numerusform>%n Vorlagen sind nicht nutzbar; zeigen Sie in der Liste auf eine, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="81"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="82"/>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="83"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="84"/>
        <source>Plain text (.txt)</source>
        <translation>Nur-Text (.txt)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="85"/>
        <source>E-mail (.eml)</source>
        <translation>E-Mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="88"/>
        <source>The Word file converted by LibreOffice (PDF/A-2b), so that it looks exactly like the Word file. Needs LibreOffice installed.</source>
        <translation>Die Word-Datei, von LibreOffice umgewandelt (PDF/A-2b), sodass sie genau wie die Word-Datei aussieht. LibreOffice muss installiert sein.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="91"/>
        <source>Plain text for news agencies: lines of at most 72 characters, the embargo line on top, the boilerplate and the press contact at the end.</source>
        <translation>Nur-Text für Nachrichtenagenturen: Zeilen von höchstens 72 Zeichen, die Sperrfrist oben, Boilerplate und Pressekontakt am Schluss.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="94"/>
        <source>An e-mail to open in the mail program: the text and the web page as its body, the Word file and the PDF attached, the headline as its subject (with the embargo in front while it runs). Needs LibreOffice installed.</source>
        <translation>Eine E-Mail zum Öffnen im Mailprogramm: Text und Webseite als Inhalt, Word-Datei und PDF im Anhang, die Überschrift als Betreff (mit der Sperrfrist davor, solange sie läuft). LibreOffice muss installiert sein.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="98"/>
        <source>&amp;Wire-service dateline “Place (ots) – …” in text and e-mail</source>
        <translation>&amp;Agentur-Ortsmarke „Ort (ots) – …“ in Text und E-Mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="101"/>
        <source>The plain text opens its lead with the places and (ots) instead of the template&apos;s dateline, as news agencies print it.</source>
        <translation>Der Nur-Text beginnt den Vorspann mit den Orten und (ots) statt mit der Ortsmarke der Vorlage, wie Nachrichtenagenturen es drucken.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="104"/>
        <source>Make the web page now although the embargo runs until %1</source>
        <translation>Webseite jetzt erstellen, obwohl die Sperrfrist bis %1 läuft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="109"/>
        <source>A web page can be published at once. Word, PDF, text and e-mail files are always allowed: they go to the approval round or ahead to journalists and carry the embargo line.</source>
        <translation>Eine Webseite kann sofort veröffentlicht werden. Word, PDF, Text und E-Mail sind immer erlaubt: Sie gehen in die Freigaberunde oder vorab an die Presse und tragen den Sperrfrist-Vermerk.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="112"/>
        <source>&amp;Draft for approval</source>
        <translation>Entwurf zur &amp;Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="115"/>
        <source>Marked ENTWURF / DRAFT at the top and showing the editing marks (missing or outdated translations, missing pictures): for the approval round, not for journalists. Written even when the checks find errors.</source>
        <translation>Oben als ENTWURF / DRAFT gekennzeichnet und mit den Bearbeitungshinweisen (fehlende oder veraltete Übersetzungen, fehlende Bilder): für die Freigaberunde, nicht für die Presse. Wird auch geschrieben, wenn die Prüfung Fehler findet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="120"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="123"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="138"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="140"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="141"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="144"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="239"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../editor/gui/exporting.py" line="202"/>
        <source>The items could not be checked for the export.</source>
        <translation>Die Meldungen konnten vor dem Export nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="219"/>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="220"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="225"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="238"/>
        <source>Exporting %1…</source>
        <translation>Exportiere %1…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="275"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="289"/>
        <source>Please check:</source>
        <translation>Bitte prüfen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="291"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/exporting.py" line="293"/>
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="297"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../editor/gui/fields.py" line="116"/>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
</context>
<context>
    <name>HeadlineForm</name>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25"/>
        <source>Kicker:</source>
        <translation>Dachzeile:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25"/>
        <source>Headline:</source>
        <translation>Überschrift:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="26"/>
        <source>Subheadline:</source>
        <translation>Unterzeile:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="27"/>
        <source>Line above the headline</source>
        <translation>Zeile über der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="28"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="29"/>
        <source>Line below the headline</source>
        <translation>Zeile unter der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="102"/>
        <source>%1 (source)</source>
        <translation>%1 (Ausgangstext)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="118"/>
        <source>The translation is missing.</source>
        <translation>Die Übersetzung fehlt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="121"/>
        <source>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</source>
        <translation>Der Ausgangstext wurde geändert, nachdem diese Übersetzung geschrieben wurde. Prüfen Sie sie und wählen Sie dann „Als übersetzt markieren“ (Strg+Umschalt+T).</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../editor/gui/window_history.py" line="43"/>
        <source>Choose a saved item in the list first.</source>
        <translation>Wählen Sie zuerst eine gespeicherte Meldung in der Liste.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="66"/>
        <source>The deleted items could not be read.</source>
        <translation>Die gelöschten Meldungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="69"/>
        <location filename="../../editor/gui/window_history.py" line="75"/>
        <source>Deleted items</source>
        <translation>Gelöschte Meldungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="70"/>
        <source>No deleted item has its history kept.</source>
        <translation>Von keiner gelöschten Meldung sind Versionen aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_history.py" line="73"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="76"/>
        <source>Deleted items whose history was kept:</source>
        <translation>Gelöschte Meldungen, deren Versionen aufbewahrt sind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="92"/>
        <source>The version could not be restored.</source>
        <translation>Die Fassung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="98"/>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="119"/>
        <source>The item could not be published.</source>
        <translation>Die Meldung konnte nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="123"/>
        <source>Published as a correction (version %1).</source>
        <translation>Als Korrektur veröffentlicht (Version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="124"/>
        <source>Published (version %1).</source>
        <translation>Veröffentlicht (Version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="131"/>
        <source>Delete item</source>
        <translation>Meldung löschen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="132"/>
        <source>Delete “%1” from the archive?</source>
        <translation>„%1“ aus dem Archiv löschen?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="135"/>
        <source>Its versions stay in the history (File ▸ Deleted items…) unless you tick the box; then the item cannot be brought back.</source>
        <translation>Ihre Versionen bleiben aufbewahrt (Datei ▸ Gelöschte Meldungen…), außer Sie setzen das Häkchen; dann lässt sich die Meldung nicht zurückholen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="137"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="138"/>
        <source>Also delete its &amp;history (every kept version)</source>
        <translation>Auch ihre &amp;Versionen löschen (alle aufbewahrten Fassungen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="154"/>
        <location filename="../../editor/gui/window_history.py" line="163"/>
        <source>The item could not be deleted.</source>
        <translation>Die Meldung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="168"/>
        <source>Deleted with its history.</source>
        <translation>Mit allen Versionen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="169"/>
        <source>Deleted; its versions are kept (File ▸ Deleted items…).</source>
        <translation>Gelöscht; die Versionen bleiben aufbewahrt (Datei ▸ Gelöschte Meldungen…).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="163"/>
        <source>History</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="47"/>
        <location filename="../../editor/gui/history_dialog.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="43"/>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="44"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="45"/>
        <source>Subheadline</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="46"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="48"/>
        <source>Issue date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="49"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="50"/>
        <source>Issuers</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="51"/>
        <source>Source language</source>
        <translation>Ausgangssprache</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="52"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="53"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="54"/>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="55"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="56"/>
        <source>Press contacts</source>
        <translation>Pressekontakte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="57"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="58"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="59"/>
        <source>Correction date</source>
        <translation>Datum der Korrektur</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="60"/>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="61"/>
        <source>Imported on</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="69"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="70"/>
        <source>quote shown</source>
        <translation>gezeigtes Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="71"/>
        <source>photo shown</source>
        <translation>gezeigtes Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="72"/>
        <source>place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="73"/>
        <source>speakers</source>
        <translation>Sprechende</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="74"/>
        <source>attribution verb</source>
        <translation>Verb der Zuschreibung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="75"/>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="76"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="77"/>
        <source>approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="78"/>
        <source>topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="79"/>
        <source>layout</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="86"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="87"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="99"/>
        <source>Block %1 (%2)</source>
        <translation>Block %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="102"/>
        <source>Quote %1</source>
        <translation>Zitat %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="115"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="116"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="117"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="118"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="126"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="169"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="173"/>
        <source>Changes made in this version</source>
        <translation>Änderungen dieser Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="174"/>
        <source>Differences to the current version</source>
        <translation>Unterschiede zur aktuellen Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="178"/>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="180"/>
        <source>Save this version again as the newest one; every version stays in the history</source>
        <translation>Diese Fassung erneut als neueste speichern; alle Versionen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="189"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="219"/>
        <source>The history could not be read.</source>
        <translation>Die Versionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="222"/>
        <source>Versions of “%1”</source>
        <translation>Versionen von „%1“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="224"/>
        <source>(deleted: restoring a version brings it back)</source>
        <translation>(gelöscht: eine wiederhergestellte Version holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="230"/>
        <source>(current)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="273"/>
        <source>The first version kept: there is nothing earlier to compare it with.</source>
        <translation>Die erste aufbewahrte Version: Es gibt nichts Früheres zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="278"/>
        <source>The version could not be read.</source>
        <translation>Die Fassung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="282"/>
        <source>This is the current version.</source>
        <translation>Das ist die aktuelle Version.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="284"/>
        <source>From version %1 to version %2</source>
        <translation>Von Version %1 zu Version %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="290"/>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="291"/>
        <source>Restore version %1? It is saved as a new version; the versions in between stay in the history.</source>
        <translation>Version %1 wiederherstellen? Sie wird als neue Version gespeichert; die Versionen dazwischen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="68"/>
        <source>this kind of file is not read (use .docx, .html, .txt or .pdf)</source>
        <translation>diese Art Datei wird nicht gelesen (verwenden Sie .docx, .html, .txt oder .pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="70"/>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="71"/>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="72"/>
        <source>the document is encrypted or an old Word (.doc) file; save it unprotected as .docx</source>
        <translation>das Dokument ist verschlüsselt oder eine alte Word-Datei (.doc); speichern Sie es ungeschützt als .docx</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="75"/>
        <source>the document is damaged</source>
        <translation>das Dokument ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="76"/>
        <source>the document unpacks to far more than a release holds (a ZIP bomb?); it was not opened</source>
        <translation>das Dokument entpackt sich zu weit mehr, als eine Pressemitteilung enthält (eine ZIP-Bombe?); es wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="79"/>
        <source>the text is neither UTF-8 nor Windows-1252; save it as UTF-8</source>
        <translation>der Text ist weder UTF-8 noch Windows-1252; speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="81"/>
        <source>the document has no text (a scan?)</source>
        <translation>das Dokument enthält keinen Text (ein Scan?)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="82"/>
        <source>reading the PDF took longer than %1 seconds</source>
        <translation>das Lesen der PDF-Datei dauerte länger als %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="84"/>
        <source>PDF files need pdftotext (Debian package poppler-utils)</source>
        <translation>PDF-Dateien brauchen pdftotext (Debian-Paket poppler-utils)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="86"/>
        <source>the document has more than %1 paragraphs, table cells and list items, far more than a release; it was not read</source>
        <translation>das Dokument hat mehr als %1 Absätze, Tabellenzellen und Listenpunkte, weit mehr als eine Pressemitteilung; es wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="89"/>
        <source>the PDF holds more than %1 MB of text, far more than a release; it was not read</source>
        <translation>das PDF enthält mehr als %1 MB Text, weit mehr als eine Pressemitteilung; es wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="92"/>
        <source>the text holds a control character (%1), which no release has; is it a binary file?</source>
        <translation>der Text enthält ein Steuerzeichen (%1), das keine Pressemitteilung hat; ist es eine Binärdatei?</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="118"/>
        <source>Review imported documents</source>
        <translation>Importierte Dokumente prüfen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="142"/>
        <source>Dachzeile: the short line above the headline</source>
        <translation>Dachzeile: die kurze Zeile über der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="145"/>
        <source>Unterzeile: the line below the headline</source>
        <translation>Unterzeile: die Zeile unter der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="148"/>
        <source>Potsdam / Magdeburg</source>
        <translation>Potsdam / Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="149"/>
        <source>The places of the dateline, separated by “/”</source>
        <translation>Die Orte der Ortsmarke, getrennt durch „/“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="155"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="156"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="157"/>
        <source>The status the imported item starts with</source>
        <translation>Der Status, mit dem die importierte Meldung beginnt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166"/>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166"/>
        <location filename="../../editor/gui/import_review_dialog.py" line="418"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166"/>
        <source>Speakers</source>
        <translation>Sprechende</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166"/>
        <source>Role as written</source>
        <translation>Funktion laut Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="177"/>
        <source>Double-click a quote&apos;s words or its role to correct them</source>
        <translation>Doppelklicken Sie auf die Worte oder die Funktion eines Zitats, um sie zu korrigieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="180"/>
        <source>Attribute the selected quote to another person</source>
        <translation>Das ausgewählte Zitat einer anderen Person zuordnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="182"/>
        <source>or type a name, e.g. Dr. Anna Beispiel, Ministerin</source>
        <translation>oder einen Namen eingeben, z. B. Dr. Anna Beispiel, Ministerin</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="184"/>
        <source>Attribute the selected quote to the person typed (a new person unless the archive has the name); a role may follow after a comma</source>
        <translation>Das ausgewählte Zitat der eingegebenen Person zuordnen (eine neue Person, wenn das Archiv den Namen nicht kennt); nach einem Komma darf die Funktion folgen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="187"/>
        <source>&amp;Attribute</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="194"/>
        <source>Uncheck a person who should not be created; their quotes keep the name only as written</source>
        <translation>Entfernen Sie den Haken bei einer Person, die nicht angelegt werden soll; ihre Zitate behalten den Namen nur als Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="197"/>
        <source>Approved (as published)</source>
        <translation>Freigegeben (wie veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="198"/>
        <source>Not yet approved</source>
        <translation>Noch nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="212"/>
        <source>These documents were not read; nothing of them is imported. The others are not affected.</source>
        <translation>Diese Dokumente wurden nicht gelesen; von ihnen wird nichts importiert. Die übrigen betrifft das nicht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="214"/>
        <source>Import &amp;this document</source>
        <translation>&amp;Dieses Dokument importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="215"/>
        <source>Import &amp;all checked documents</source>
        <translation>&amp;Alle markierten Dokumente importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="220"/>
        <source>Press item</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="222"/>
        <source>Dachzeile</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="223"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="224"/>
        <source>Unterzeile</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="225"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="226"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="229"/>
        <source>Fields</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="230"/>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="231"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="235"/>
        <source>Speaker of the selected quote:</source>
        <translation>Sprecher/in des ausgewählten Zitats:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="237"/>
        <source>Approval:</source>
        <translation>Freigabe:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="245"/>
        <source>Where it stands in the document:</source>
        <translation>Wo es im Dokument steht:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="252"/>
        <source>New people (uncheck to reject one):</source>
        <translation>Neue Personen (Haken entfernen, um eine abzulehnen):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="306"/>
        <source>%1 (already in the archive)</source>
        <translation>%1 (schon im Archiv)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="309"/>
        <source>The archive already has an item with this headline and date or this text; check it to import it anyway.</source>
        <translation>Das Archiv hat bereits eine Meldung mit dieser Überschrift und diesem Datum oder diesem Text; markieren Sie sie, um sie trotzdem zu importieren.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="319"/>
        <source>Not read (%1):</source>
        <translation>Nicht gelesen (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/import_review_dialog.py" line="324"/>
        <source>%n document(s) read, %1 of them already in the archive; %2 not read</source>
        <translation>
            <numerusform>%n Dokument gelesen, davon %1 schon im Archiv; %2 nicht gelesen</numerusform>
            <numerusform>%n Dokumente gelesen, davon %1 schon im Archiv; %2 nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="400"/>
        <source>Imported from: %1</source>
        <translation>Importiert aus: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="402"/>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="405"/>
        <source>Embargo: %1</source>
        <translation>Sperrfrist: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="410"/>
        <source>Issued by: %1</source>
        <translation>Herausgeber: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="412"/>
        <source>Press contacts: %1</source>
        <translation>Pressekontakte: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="417"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="417"/>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="418"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="419"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="439"/>
        <source>Removed %1 invisible direction or format characters (the first: %2 at position %3 of block %4)</source>
        <translation>%1 unsichtbare Richtungs- oder Formatzeichen entfernt (das erste: %2 an Stelle %3 von Block %4)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="445"/>
        <source>Location data (GPS) and other camera details were removed from %1 photos</source>
        <translation>Standortdaten (GPS) und weitere Kameraangaben wurden aus %1 Fotos entfernt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="448"/>
        <source>Camera details and other metadata were removed from %1 photos</source>
        <translation>Kameraangaben und weitere Metadaten wurden aus %1 Fotos entfernt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="460"/>
        <source>The headline cannot be empty; the last one is kept.</source>
        <translation>Die Überschrift darf nicht leer sein; die letzte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="536"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="564"/>
        <source>A quote needs words; to drop it, uncheck “Use”.</source>
        <translation>Ein Zitat braucht Worte; um es zu verwerfen, entfernen Sie den Haken bei „Übernehmen“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="586"/>
        <source>“%1” is no person&apos;s name; type given and family name, e.g. Anna Beispiel.</source>
        <translation>„%1“ ist kein Personenname; geben Sie Vor- und Nachnamen ein, z. B. Anna Beispiel.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="622"/>
        <source>(as found)</source>
        <translation>(wie gefunden)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="676"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="678"/>
        <source>Will be created: people: %1; roles: %2; organisations: %3</source>
        <translation>Wird angelegt: Personen: %1; Funktionen: %2; Organisationen: %3</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../editor/gui/importing.py" line="29"/>
        <source>Import press items</source>
        <translation>Pressemitteilungen importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="30"/>
        <source>Interchange files (*.json)</source>
        <translation>Austauschdateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/importing.py" line="46"/>
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>%n Meldung importiert.</numerusform>
            <numerusform>%n Meldungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="59"/>
        <source>The files could not be imported; nothing was changed.</source>
        <translation>Die Dateien konnten nicht importiert werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="87"/>
        <source>Invisible direction or format characters were removed from %1 texts (the first: %2 in %3).</source>
        <translation>Unsichtbare Richtungs- oder Formatzeichen wurden aus %1 Texten entfernt (das erste: %2 in %3).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="93"/>
        <source>Location data (GPS) and other camera details were removed from %1 photos.</source>
        <translation>Standortdaten (GPS) und weitere Kameraangaben wurden aus %1 Fotos entfernt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="96"/>
        <source>Camera details and other metadata were removed from %1 photos.</source>
        <translation>Kameraangaben und weitere Metadaten wurden aus %1 Fotos entfernt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="102"/>
        <source>Person %1 was merged into %2 in this archive earlier; the file&apos;s references to %1 are taken as %2.</source>
        <translation>Person %1 wurde in diesem Archiv früher mit %2 zusammengeführt; was die Datei über %1 sagt, gilt für %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="109"/>
        <source>Items already in the archive</source>
        <translation>Meldungen schon im Archiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="110"/>
        <source>The archive already has %1 of these items (%2). Replace them with the imported ones?</source>
        <translation>Das Archiv enthält %1 dieser Meldungen schon (%2). Durch die importierten ersetzen?</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../editor/gui/info_bar.py" line="25"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="99"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="100"/>
        <source>&amp;Details</source>
        <translation>&amp;Angaben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="232"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="239"/>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="242"/>
        <source>Photos not added</source>
        <translation>Fotos nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="243"/>
        <source>These files were not added: only JPEG, PNG and WebP images of up to 30 MB can be used as photos.</source>
        <translation>Diese Dateien wurden nicht hinzugefügt: Als Fotos taugen nur JPEG-, PNG- und WebP-Bilder bis 30 MB.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="252"/>
        <source>Location data (GPS) and other camera details were removed from %1; exports never carry them.</source>
        <translation>Standortdaten (GPS) und weitere Kameraangaben wurden aus %1 entfernt; kein Export enthält sie.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="255"/>
        <source>Camera details and other metadata were removed from %1; exports never carry them.</source>
        <translation>Kameraangaben und weitere Metadaten wurden aus %1 entfernt; kein Export enthält sie.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="263"/>
        <source>Choose image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="317"/>
        <source>Mark as translated</source>
        <translation>Als übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="342"/>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="342"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL):</translation>
    </message>
</context>
<context>
    <name>ItemFilterBar</name>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="32"/>
        <source>Search headlines and text…</source>
        <translation>Überschriften und Text durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="35"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="37"/>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="40"/>
        <location filename="../../editor/gui/item_filter_bar.py" line="44"/>
        <location filename="../../editor/gui/item_filter_bar.py" line="50"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="48"/>
        <source>e.g. Strukturwandel</source>
        <translation>z. B. Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="58"/>
        <source>no limit</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="78"/>
        <source>Issued from:</source>
        <translation>Erschienen ab:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="79"/>
        <source>Issued until:</source>
        <translation>Erschienen bis:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="74"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="75"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="76"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="77"/>
        <source>Issuer:</source>
        <translation>Herausgeber:</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="142"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="142"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="143"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="143"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="172"/>
        <source>Not saved yet: Ctrl+S stores it in the archive.</source>
        <translation>Noch nicht gespeichert: Strg+S legt die Meldung im Archiv ab.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="190"/>
        <source>New press release (not saved yet)</source>
        <translation>Neue Pressemitteilung (noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="191"/>
        <source>(no headline)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../editor/gui/item_list_panel.py" line="152"/>
        <source>More than %1 items; scroll for more</source>
        <translation>Mehr als %1 Meldungen; blättern Sie für weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/item_list_panel.py" line="154"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../editor/gui/labels.py" line="14"/>
        <source>Press release</source>
        <translation>Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="15"/>
        <source>Event report</source>
        <translation>Veranstaltungsbericht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="16"/>
        <source>Statement</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="22"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="23"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="24"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="25"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="26"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="33"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="34"/>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="35"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="36"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="37"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="73"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="74"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="259"/>
        <source>The item could not be opened.</source>
        <translation>Die Meldung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/saving.py" line="52"/>
        <location filename="../../editor/gui/saving.py" line="67"/>
        <source>The item could not be saved.</source>
        <translation>Die Meldung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="171"/>
        <source>The archive could not be opened.</source>
        <translation>Das Archiv konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="264"/>
        <source>This item is open in another window with unsaved changes (last stored %1). Saving here will ask which version to keep.</source>
        <translation>Diese Meldung ist in einem anderen Fenster mit ungespeicherten Änderungen geöffnet (zuletzt gesichert %1). Beim Speichern hier werden Sie gefragt, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="280"/>
        <source>The autosaved drafts could not be read.</source>
        <translation>Die automatisch gesicherten Entwürfe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="305"/>
        <source>Unsaved changes from %1 were recovered.</source>
        <translation>Ungespeicherte Änderungen von %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="309"/>
        <source>The archive has a newer version; saving will ask which one to keep.</source>
        <translation>Das Archiv hat eine neuere Version; beim Speichern werden Sie gefragt, welche bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="384"/>
        <source>Saved (version %1).</source>
        <translation>Gespeichert (Version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="406"/>
        <source>Version %1, saved elsewhere, is shown.</source>
        <translation>Version %1, anderswo gespeichert, wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="409"/>
        <source>Someone else saved this item (version %1). Saving will show both versions so that you can choose; reloading drops your changes.</source>
        <translation>Jemand anderes hat diese Meldung gespeichert (Version %1). Beim Speichern sehen Sie beide Fassungen und wählen; Neuladen verwirft Ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="485"/>
        <location filename="../../editor/gui/main_window.py" line="522"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="486"/>
        <source>The open item has unsaved changes. Save them?</source>
        <translation>Die geöffnete Meldung hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="519"/>
        <source>New press release</source>
        <translation>Neue Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="523"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="579"/>
        <source>Autosave failed, retrying: %1</source>
        <translation>Automatisches Sichern fehlgeschlagen, neuer Versuch folgt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/exporting.py" line="66"/>
        <source>%n file(s) exported.</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="167"/>
        <source>The templates could not be read.</source>
        <translation>Die Vorlagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="173"/>
        <source>The items could not be loaded for the export.</source>
        <translation>Die Meldungen konnten für den Export nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="691"/>
        <source>About Pressestelle</source>
        <translation>Über Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="692"/>
        <source>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Zweisprachige Pressemitteilungen, Exporte und ein Zitatarchiv für Pressestellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="92"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="113"/>
        <source>Your name could not be saved.</source>
        <translation>Ihr Name konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="119"/>
        <source>The gender-language policy could not be saved.</source>
        <translation>Die Regel für geschlechtergerechte Sprache konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="706"/>
        <source>Preview: %1 ms</source>
        <translation>Vorschau: %1 ms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="20"/>
        <source>Recent &amp;items</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="31"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="37"/>
        <source>&amp;Block</source>
        <translation>B&amp;lock</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="41"/>
        <source>Change &amp;kind to</source>
        <translation>&amp;Art ändern in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="45"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="48"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="49"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="66"/>
        <source>Main toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../editor/gui/manual_window.py" line="19"/>
        <source>Pressestelle manual</source>
        <translation>Pressestelle-Handbuch</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="27"/>
        <source>Merge duplicate people</source>
        <translation>Doppelte Personen zusammenführen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="31"/>
        <source>Which entry stays? The other one is removed; its quotes, items and roles move to the one that stays.</source>
        <translation>Welcher Eintrag bleibt? Der andere wird entfernt; seine Zitate, Meldungen und Funktionen gehen auf den bleibenden über.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="44"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="72"/>
        <source>%1 stays; %2 is removed.</source>
        <translation>%1 bleibt; %2 wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="74"/>
        <source>%n quote(s) move</source>
        <translation>
            <numerusform>%n Zitat geht über</numerusform>
            <numerusform>%n Zitate gehen über</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="75"/>
        <source>in %n item(s).</source>
        <translation>
            <numerusform>in %n Meldung.</numerusform>
            <numerusform>in %n Meldungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="76"/>
        <source>%n role(s) move.</source>
        <translation>
            <numerusform>%n Funktion geht über.</numerusform>
            <numerusform>%n Funktionen gehen über.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="77"/>
        <source>Undo in the directory window takes the merge back.</source>
        <translation>„Rückgängig“ im Verzeichnis nimmt das Zusammenführen zurück.</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="95"/>
        <source>e.g. Potsdam/Magdeburg</source>
        <translation>z. B. Potsdam/Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="101"/>
        <source>Create organisation…</source>
        <translation>Organisation anlegen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="104"/>
        <source>Add a new organisation to the archive and mark it as an issuer</source>
        <translation>Eine neue Organisation im Archiv anlegen und als Herausgeberin markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="109"/>
        <source>Comma-separated, e.g. Smart Country, Strukturwandel</source>
        <translation>Durch Kommas getrennt, z. B. Smart Country, Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="110"/>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="124"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="127"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="128"/>
        <source>about</source>
        <translation>rund</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="129"/>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="130"/>
        <source>up to</source>
        <translation>bis zu</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="136"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="138"/>
        <source>How many took part; choose “about” or “more than” for an estimate</source>
        <translation>Wie viele teilgenommen haben; für eine Schätzung „rund“ oder „mehr als“ wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="142"/>
        <source>Notes for the press office only</source>
        <translation>Notizen nur für die Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="156"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="157"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="158"/>
        <source>Issue &amp;date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="159"/>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="165"/>
        <source>Written first in:</source>
        <translation>Zuerst geschrieben auf:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="168"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="169"/>
        <source>&amp;Places:</source>
        <translation>&amp;Orte:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="173"/>
        <source>Issued by:</source>
        <translation>Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="174"/>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="175"/>
        <source>Press contacts:</source>
        <translation>Pressekontakte:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="178"/>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="181"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="186"/>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="189"/>
        <source>Internal – never exported</source>
        <translation>Intern – wird nie exportiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="315"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="317"/>
        <source>Imported from %1 on %2</source>
        <translation>Importiert aus %1 am %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="401"/>
        <source>The embargo ended on %1 at %2: it holds nothing back any more. Set a time still to come, or switch the embargo off.</source>
        <translation>Die Sperrfrist ist am %1 um %2 abgelaufen und hält nichts mehr zurück. Stellen Sie eine kommende Zeit ein oder schalten Sie die Sperrfrist aus.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="407"/>
        <source>The embargo ends on %1, before the issue date %2: journalists could publish before the release is issued.</source>
        <translation>Die Sperrfrist endet am %1, also vor dem Ausgabedatum %2: Journalistinnen und Journalisten könnten veröffentlichen, bevor die Meldung herausgegeben ist.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="434"/>
        <source>Change source language</source>
        <translation>Ausgangssprache ändern</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="55"/>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="56"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="71"/>
        <source>“About …” paragraph; **bold**, *italic* and [links](https://…) work</source>
        <translation>Absatz „Über …“; **fett**, *kursiv* und [Links](https://…) sind möglich</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="77"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="79"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="87"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="89"/>
        <source>Full name (%1):</source>
        <translation>Voller Name (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="92"/>
        <source>Boilerplate (%1):</source>
        <translation>Über uns (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="94"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="95"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="114"/>
        <source>%1 picture, %2 KB (saved with OK)</source>
        <translation>%1-Bild, %2 KB (wird mit OK gespeichert)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="118"/>
        <source>a logo is stored</source>
        <translation>ein Logo ist gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="120"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="127"/>
        <source>Logo of the organisation</source>
        <translation>Logo der Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="128"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="166"/>
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>Die Website muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt, ohne Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="170"/>
        <source>An organisation needs a short name.</source>
        <translation>Eine Organisation braucht einen Kurznamen.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="55"/>
        <source>Search people as you type (ä = ae = a)…</source>
        <translation>Personen beim Tippen suchen (ä = ae = a)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="58"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="70"/>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="73"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="74"/>
        <source>Select two entries of one person to merge them</source>
        <translation>Zwei Einträge derselben Person wählen, um sie zusammenzuführen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="81"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="83"/>
        <source>Function title</source>
        <translation>Funktionsbezeichnung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="85"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="86"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="87"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="98"/>
        <source>&amp;Add role…</source>
        <translation>Funktion &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="99"/>
        <source>Edit &amp;role…</source>
        <translation>Funktion &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="100"/>
        <source>E&amp;nd role…</source>
        <translation>Funktion b&amp;eenden…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="101"/>
        <source>Delete r&amp;ole</source>
        <translation>Funktion l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="122"/>
        <source>Roles over time:</source>
        <translation>Funktionen im Zeitverlauf:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="185"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="187"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="188"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/people_page.py" line="194"/>
        <source>%n people chosen: Merge… joins two entries of one person.</source>
        <translation>
            <numerusform>%n Person gewählt: „Zusammenführen…“ vereint zwei Einträge einer Person.</numerusform>
            <numerusform>%n Personen gewählt: „Zusammenführen…“ vereint zwei Einträge einer Person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="196"/>
        <source>Choose a person to see their roles.</source>
        <translation>Wählen Sie eine Person, um ihre Funktionen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="199"/>
        <source>Gender: %1</source>
        <translation>Geschlecht: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="202"/>
        <source>Title in English: %1</source>
        <translation>Titel auf Englisch: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="205"/>
        <source>Notes (never exported): %1</source>
        <translation>Notizen (nie exportiert): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="254"/>
        <source>The person could not be deleted.</source>
        <translation>Die Person konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="263"/>
        <source>Merge with</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="264"/>
        <source>Which entry is the same person as %1?</source>
        <translation>Welcher Eintrag ist dieselbe Person wie %1?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="281"/>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="307"/>
        <source>End role of %1</source>
        <translation>Funktion von %1 beenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="321"/>
        <source>The role could not be deleted.</source>
        <translation>Die Funktion konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="38"/>
        <source>female (die …)</source>
        <translation>weiblich (die …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="39"/>
        <source>male (der …)</source>
        <translation>männlich (der …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="40"/>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="61"/>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="61"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="66"/>
        <source>only where it differs, e.g. Prof.</source>
        <translation>nur wenn abweichend, z. B. Prof.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="74"/>
        <source>Internal: never exported</source>
        <translation>Intern: wird nie exportiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="79"/>
        <source>&amp;Title / honorific:</source>
        <translation>&amp;Titel / Anrede:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="80"/>
        <source>Title in &amp;English:</source>
        <translation>Titel auf &amp;Englisch:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="82"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="83"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="84"/>
        <source>G&amp;ender:</source>
        <translation>G&amp;eschlecht:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="85"/>
        <source>&amp;Notes (never exported):</source>
        <translation>N&amp;otizen (nie exportiert):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="87"/>
        <source>Role held</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="93"/>
        <source>New &amp;organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="105"/>
        <source>for joint quotes, e.g. Geschäftsführer</source>
        <translation>für gemeinsame Zitate, z. B. Geschäftsführer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="107"/>
        <source>e.g. managing directors</source>
        <translation>z. B. managing directors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="112"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="113"/>
        <source>Function title (German):</source>
        <translation>Funktionsbezeichnung (Deutsch):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="114"/>
        <source>Function title (English):</source>
        <translation>Funktionsbezeichnung (Englisch):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="115"/>
        <source>Plural (German):</source>
        <translation>Plural (Deutsch):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="116"/>
        <source>Plural (English):</source>
        <translation>Plural (Englisch):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="118"/>
        <source>Held since:</source>
        <translation>In der Funktion seit:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="145"/>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="201"/>
        <source>Write the function title, or untick “Role held”.</source>
        <translation>Schreiben Sie die Funktionsbezeichnung oder entfernen Sie den Haken bei „Funktion“.</translation>
    </message>
</context>
<context>
    <name>PhotoCleanup</name>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="27"/>
        <location filename="../../editor/gui/photo_cleanup.py" line="35"/>
        <source>Delete unused photos</source>
        <translation>Unbenutzte Fotos löschen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="43"/>
        <source>The photos could not be checked.</source>
        <translation>Die Fotos konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="47"/>
        <source>No stored photo is unused: %1 in use, %2 stored within the last hour kept.</source>
        <translation>Kein gespeichertes Foto ist unbenutzt: %1 in Gebrauch, %2 in der letzten Stunde gespeicherte bleiben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="52"/>
        <source>%1 stored photos (%2 MB) are used by no item, draft, kept version or logo. Delete them? Photos in use stay, and so do photos stored within the last hour.</source>
        <translation>%1 gespeicherte Fotos (%2 MB) verwendet keine Meldung, kein Entwurf, keine aufbewahrte Fassung und kein Logo. Löschen? Verwendete Fotos bleiben, ebenso in der letzten Stunde gespeicherte.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="62"/>
        <source>The photos were not deleted.</source>
        <translation>Die Fotos wurden nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="64"/>
        <source>%1 unused photos deleted (%2 MB).</source>
        <translation>%1 unbenutzte Fotos gelöscht (%2 MB).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="32"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="45"/>
        <source>Choose &amp;image…</source>
        <translation>&amp;Bild wählen …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="51"/>
        <source>Caption (%1)</source>
        <translation>Bildunterschrift (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="54"/>
        <source>Describe the picture for blind readers (%1)</source>
        <translation>Das Bild für blinde Leser beschreiben (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="58"/>
        <source>e.g. Rainer Weisflog (printed as © …)</source>
        <translation>z. B. Rainer Weisflog (gedruckt als © …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="61"/>
        <source>e.g. free for reporting on this release</source>
        <translation>z. B. frei für die Berichterstattung zu dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="72"/>
        <source>Picture:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="73"/>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="74"/>
        <source>Alt text:</source>
        <translation>Alternativtext:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="75"/>
        <source>Credit:</source>
        <translation>Bildnachweis:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="76"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="137"/>
        <source>No image chosen yet.</source>
        <translation>Noch kein Bild gewählt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="158"/>
        <location filename="../../editor/gui/photo_panel.py" line="164"/>
        <source>Missing: choose the image again.</source>
        <translation>Fehlt: Bitte das Bild erneut wählen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="159"/>
        <source>The archive has no picture for this photo.</source>
        <translation>Das Archiv hat kein Bild zu diesem Foto.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="167"/>
        <source>%1, %2 × %3 px, %4 KB</source>
        <translation>%1, %2 × %3 px, %4 KB</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="171"/>
        <source>A copy kept in the archive (SHA-256 %1)</source>
        <translation>Eine Kopie im Archiv (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="184"/>
        <source>(no picture)</source>
        <translation>(kein Bild)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="185"/>
        <source>(cannot be shown)</source>
        <translation>(nicht darstellbar)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="21"/>
        <source>The headline is empty.</source>
        <translation>Die Überschrift ist leer.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="22"/>
        <source>The {lang} text is missing.</source>
        <translation>Der Text auf {lang} fehlt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="23"/>
        <source>The {lang} translation is older than the source text.</source>
        <translation>Die Übersetzung auf {lang} ist älter als der Ausgangstext.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="25"/>
        <source>The quote has no speaker.</source>
        <translation>Das Zitat hat keinen Sprecher und keine Sprecherin.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="26"/>
        <source>The embargo ends on {embargo}, before the issue date {issued}.</source>
        <translation>Die Sperrfrist endet am {embargo}, vor dem Ausgabedatum {issued}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="28"/>
        <source>Photo {photo} has no picture in the archive.</source>
        <translation>Zu Foto {photo} liegt im Archiv kein Bild vor.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="30"/>
        <source>The quote of {speakers} is not approved ({status}).</source>
        <translation>Das Zitat von {speakers} ist nicht freigegeben ({status}).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="32"/>
        <source>The item has no date, so the role of {person} is not known and is left out.</source>
        <translation>Die Meldung hat kein Datum; die Funktion von {person} ist daher nicht bekannt und entfällt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="35"/>
        <source>The item has neither a date nor places, so its lead has no dateline.</source>
        <translation>Die Meldung hat weder Datum noch Ort; der Vorspann erhält daher keine Ortszeile.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="37"/>
        <source>The headline has {count} characters; agencies take about {limit}.</source>
        <translation>Die Überschrift hat {count} Zeichen; Agenturen übernehmen etwa {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="39"/>
        <source>The subheadline has {count} characters; agencies take about {limit}.</source>
        <translation>Die Unterzeile hat {count} Zeichen; Agenturen übernehmen etwa {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="42"/>
        <source>The text has {count} characters; a release should stay under {limit}.</source>
        <translation>Der Text hat {count} Zeichen; eine Pressemitteilung sollte unter {limit} bleiben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="45"/>
        <source>The item has {count} quotes; agencies print {limit} at most.</source>
        <translation>Die Meldung hat {count} Zitate; Agenturen bringen höchstens {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="47"/>
        <source>The text opens with a quote; agencies want the news first.</source>
        <translation>Der Text beginnt mit einem Zitat; Agenturen wollen zuerst die Nachricht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="49"/>
        <source>The attribution verb “{verb}” is used {count} times.</source>
        <translation>Das Redeverb „{verb}“ steht {count}-mal.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="51"/>
        <source>“{word}” does not follow the archive&apos;s gender-language policy ({policy}): write “{suggestion}”.</source>
        <translation>„{word}“ folgt nicht der Regel des Archivs für geschlechtergerechte Sprache ({policy}): besser „{suggestion}“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="57"/>
        <source>No policy</source>
        <translation>Keine Regel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="58"/>
        <source>Paarform (Bürgerinnen und Bürger)</source>
        <translation>Paarform (Bürgerinnen und Bürger)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="59"/>
        <source>Doppelpunkt (Bürger:innen)</source>
        <translation>Doppelpunkt (Bürger:innen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="60"/>
        <source>Sternchen (Bürger*innen)</source>
        <translation>Sternchen (Bürger*innen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="64"/>
        <source>Kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="65"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="66"/>
        <source>Subheadline</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="67"/>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="68"/>
        <source>Issue date</source>
        <translation>Ausgabedatum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="69"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="73"/>
        <source>Quote in block %1</source>
        <translation>Zitat in Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="74"/>
        <source>Photo in block %1</source>
        <translation>Foto in Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="75"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="76"/>
        <source>Whole text</source>
        <translation>Gesamter Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="77"/>
        <source>(no speaker)</source>
        <translation>(ohne Sprecher)</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="43"/>
        <source>Check before export</source>
        <translation>Prüfung vor dem Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="51"/>
        <source>%n error(s) must be corrected before this export.</source>
        <translation>
            <numerusform>%n Fehler muss vor diesem Export korrigiert werden.</numerusform>
            <numerusform>%n Fehler müssen vor diesem Export korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="52"/>
        <source>Double-click a line to go there, or export a draft for approval instead.</source>
        <translation>Doppelklicken Sie auf eine Zeile, um dorthin zu springen, oder exportieren Sie stattdessen einen Entwurf zur Freigabe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="55"/>
        <source>%n error(s) found; the draft for approval shows them marked.</source>
        <translation>
            <numerusform>%n Fehler gefunden; der Entwurf zur Freigabe zeigt ihn markiert.</numerusform>
            <numerusform>%n Fehler gefunden; der Entwurf zur Freigabe zeigt sie markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="58"/>
        <source>%n warning(s): check them, or export anyway.</source>
        <translation>
            <numerusform>%n Hinweis: bitte prüfen oder trotzdem exportieren.</numerusform>
            <numerusform>%n Hinweise: bitte prüfen oder trotzdem exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="67"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="67"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="90"/>
        <source>&amp;Go there</source>
        <translation>&amp;Hinspringen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="98"/>
        <source>Export draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="98"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="222"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="223"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="283"/>
        <source>No HTML template is installed.</source>
        <translation>Es ist keine HTML-Vorlage installiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="316"/>
        <source>Preview not updated: %1</source>
        <translation>Vorschau nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="349"/>
        <source>Link not opened: only web, e-mail and phone links are opened (%1)</source>
        <translation>Link nicht geöffnet: Nur Web-, E-Mail- und Telefonlinks werden geöffnet (%1)</translation>
    </message>
</context>
<context>
    <name>QuoteApprovalBar</name>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="68"/>
        <source>Send for approval…</source>
        <translation>Zur Freigabe senden…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="70"/>
        <source>Mark approved…</source>
        <translation>Freigabe vermerken…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="72"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="74"/>
        <source>All quotes</source>
        <translation>Alle Zitate</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="76"/>
        <source>The same step for every quote of this item</source>
        <translation>Derselbe Schritt für jedes Zitat dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="78"/>
        <source>Send all quotes for approval…</source>
        <translation>Alle Zitate zur Freigabe senden…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="79"/>
        <source>Mark all quotes approved…</source>
        <translation>Alle Zitate als freigegeben markieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="80"/>
        <source>Reject all quotes…</source>
        <translation>Alle Zitate ablehnen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="121"/>
        <source>Record that the quote went to the speaker&apos;s office for approval</source>
        <translation>Festhalten, dass das Zitat zur Freigabe an das Büro der sprechenden Person ging</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="123"/>
        <source>Record who approved the quote, and when</source>
        <translation>Festhalten, wer das Zitat wann freigegeben hat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="124"/>
        <source>Record that the quote was rejected, and why</source>
        <translation>Festhalten, dass das Zitat abgelehnt wurde, und warum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="149"/>
        <source>to %1, %2</source>
        <translation>an %1, %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="152"/>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="155"/>
        <source>the text was edited after the approval: send it again</source>
        <translation>der Text wurde nach der Freigabe geändert: erneut senden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="160"/>
        <source>by %1, %2: %3</source>
        <translation>von %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="164"/>
        <source>Approval: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="183"/>
        <source>This item has no quotes.</source>
        <translation>Diese Meldung hat keine Zitate.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="193"/>
        <source>Send for approval</source>
        <translation>Zur Freigabe senden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="196"/>
        <source>Mark approved</source>
        <translation>Als freigegeben markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="199"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="209"/>
        <source>No quote needed this step.</source>
        <translation>Kein Zitat brauchte diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="215"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="216"/>
        <source>This approval step is not possible.</source>
        <translation>Dieser Freigabeschritt ist nicht möglich.</translation>
    </message>
</context>
<context>
    <name>QuoteArchiveController</name>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="57"/>
        <source>Items</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="58"/>
        <location filename="../../editor/gui/window_quotes.py" line="80"/>
        <source>Quote archive</source>
        <translation>Zitatarchiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="126"/>
        <source>Open or create a press item to insert the quote into.</source>
        <translation>Öffnen oder erstellen Sie eine Meldung, um das Zitat einzufügen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="131"/>
        <source>The quote could not be inserted.</source>
        <translation>Das Zitat konnte nicht eingefügt werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="134"/>
        <source>Quote inserted as a new block; Undo removes it.</source>
        <translation>Zitat als neuer Block eingefügt; Rückgängig entfernt es.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="144"/>
        <source>Folder for the quote dossier</source>
        <translation>Ordner für das Zitat-Dossier</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="160"/>
        <source>The quote dossier could not be exported.</source>
        <translation>Das Zitat-Dossier konnte nicht exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="162"/>
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="165"/>
        <source>%n quote(s) under embargo left out.</source>
        <translation>
            <numerusform>%n Zitat unter Sperrfrist weggelassen.</numerusform>
            <numerusform>%n Zitate unter Sperrfrist weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="173"/>
        <source>Quotes under embargo</source>
        <translation>Zitate unter Sperrfrist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="175"/>
        <source>%n quote(s) of this person belong to items whose embargo has not ended.</source>
        <translation>
            <numerusform>%n Zitat dieser Person gehört zu einer Meldung, deren Sperrfrist noch läuft.</numerusform>
            <numerusform>%n Zitate dieser Person gehören zu Meldungen, deren Sperrfrist noch läuft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="178"/>
        <source>Leave them out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="179"/>
        <source>Include them, marked with the embargo</source>
        <translation>Mit Sperrfristvermerk aufnehmen</translation>
    </message>
</context>
<context>
    <name>QuoteArchiveWidget</name>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="251"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="251"/>
        <location filename="../../editor/gui/quote_archive_widget.py" line="274"/>
        <source>Speaker</source>
        <translation>Sprecher/in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="252"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="252"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="253"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="253"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="254"/>
        <source>Said</source>
        <translation>Gesagt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="259"/>
        <source>Words, &quot;a phrase&quot; or a prefix* – e.g. förder, wandel</source>
        <translation>Wörter, „eine Wendung“ oder ein Anfang* – z. B. förder, wandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="260"/>
        <source>Name or part of it</source>
        <translation>Name oder ein Teil davon</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="261"/>
        <source>Organisation of the role</source>
        <translation>Organisation der Funktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="262"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="265"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="266"/>
        <source>Date, newest first</source>
        <translation>Datum, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="254"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="255"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="268"/>
        <source>no limit</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="269"/>
        <source>Include quotes under embargo</source>
        <translation>Zitate unter Sperrfrist einbeziehen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="271"/>
        <source>Quotes of items whose embargo has not ended are left out unless this is ticked; then they are shown in red with the embargo</source>
        <translation>Zitate aus Meldungen, deren Sperrfrist noch läuft, bleiben ausgeblendet, solange dies nicht angehakt ist; dann erscheinen sie rot mit der Sperrfrist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="273"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="275"/>
        <source>Open press item</source>
        <translation>Pressemeldung öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="276"/>
        <source>Insert into the current item</source>
        <translation>In die aktuelle Meldung einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="277"/>
        <source>Copy with attribution (German)</source>
        <translation>Mit Zuschreibung kopieren (Deutsch)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="278"/>
        <source>Copy with attribution (English)</source>
        <translation>Mit Zuschreibung kopieren (Englisch)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="279"/>
        <source>All quotes of this speaker</source>
        <translation>Alle Zitate dieser Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="280"/>
        <source>Export dossier…</source>
        <translation>Dossier exportieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="282"/>
        <source>All quotes of this speaker, grouped by role, as a Word file and a web page</source>
        <translation>Alle Zitate dieser Person, nach Funktion gruppiert, als Word-Datei und Webseite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="283"/>
        <source>In German…</source>
        <translation>Auf Deutsch…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="284"/>
        <source>In English…</source>
        <translation>Auf Englisch…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="334"/>
        <source>Counting the quotes found …</source>
        <translation>Die gefundenen Zitate werden gezählt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_archive_widget.py" line="338"/>
        <location filename="../../editor/gui/quote_archive_widget.py" line="423"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="52"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="61"/>
        <source>Add a speaker: type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="68"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="69"/>
        <source>Add the named person as a speaker</source>
        <translation>Die genannte Person als Sprecher hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="70"/>
        <source>Create person…</source>
        <translation>Person anlegen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="73"/>
        <source>Add the typed name to the archive as a new person, with their role</source>
        <translation>Den eingegebenen Namen als neue Person mit ihrer Funktion ins Archiv aufnehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="81"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="82"/>
        <source>Remove the selected speaker</source>
        <translation>Den ausgewählten Sprecher entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="89"/>
        <source>In a sentence after the words (“…,” said …)</source>
        <translation>Im Satz nach dem Zitat („…“, sagte …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="91"/>
        <source>Name and role under the quote (byline)</source>
        <translation>Name und Funktion unter dem Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="94"/>
        <source>Web releases often put the speaker&apos;s name and role under the quote</source>
        <translation>Web-Meldungen setzen Name und Funktion oft unter das Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="98"/>
        <source>Text after the quote (%1)</source>
        <translation>Text nach dem Zitat (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="100"/>
        <source>Continues the paragraph after the attribution, e.g. the next sentence of the speaker</source>
        <translation>Setzt den Absatz nach der Zuschreibung fort, z. B. mit dem nächsten Satz der Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="124"/>
        <source>Speakers:</source>
        <translation>Sprechende:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="129"/>
        <source>Attribution:</source>
        <translation>Zuschreibung:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130"/>
        <source>Verb (%1):</source>
        <translation>Verb (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="134"/>
        <source>Then (%1):</source>
        <translation>Danach (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="219"/>
        <source>%1: %3</source>
        <translation>%1: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="220"/>
        <source>%1 — no role: the item has no date; choose one or date the item</source>
        <translation>%1 – ohne Funktion: Die Meldung hat kein Datum; Funktion wählen oder Datum setzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="222"/>
        <source>%1 — on %2: %3</source>
        <translation>%1 — am %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="223"/>
        <source>%1 — no role known on %2</source>
        <translation>%1 — keine Funktion am %2 bekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_panel.py" line="253"/>
        <source>%n people match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n Person passt zu „%1“: Wählen Sie aus der Liste.</numerusform>
            <numerusform>%n Personen passen zu „%1“: Wählen Sie eine aus der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="276"/>
        <source>%1 is already a speaker of this quote.</source>
        <translation>%1 spricht dieses Zitat bereits.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="297"/>
        <source>Nobody called “%1” is in the archive.</source>
        <translation>Niemand namens „%1“ ist im Archiv.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="303"/>
        <source>“%1” is not in the archive: create the person to quote them.</source>
        <translation>„%1“ ist nicht im Archiv: Legen Sie die Person an, um sie zu zitieren.</translation>
    </message>
</context>
<context>
    <name>QuoteSearchModel</name>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="51"/>
        <source>Under embargo until %1: %2</source>
        <translation>Sperrfrist bis %1: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="306"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="307"/>
        <source>Speaker</source>
        <translation>Sprecher/in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="308"/>
        <source>Role at the time</source>
        <translation>Funktion damals</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="309"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="310"/>
        <source>Press item</source>
        <translation>Pressemeldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="311"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>QuoteSpeakerModel</name>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="35"/>
        <source>Role / date</source>
        <translation>Funktion / Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="36"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="37"/>
        <source>Press item</source>
        <translation>Pressemeldung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="38"/>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="51"/>
        <source>No role known</source>
        <translation>Keine Funktion bekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_speaker_model.py" line="61"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="41"/>
        <source>Search as you type…</source>
        <translation>Beim Tippen suchen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="52"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="53"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="54"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="44"/>
        <source>Edit role of %1</source>
        <translation>Funktion von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="45"/>
        <source>Add a role for %1</source>
        <translation>Funktion für %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="48"/>
        <source>(no organisation)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="65"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="67"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="70"/>
        <source>End the role held so far the day before this one starts</source>
        <translation>Die bisherige Funktion am Tag vor Beginn dieser beenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="83"/>
        <source>So far: %1</source>
        <translation>Bisher: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="91"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="94"/>
        <source>Function title (%1):</source>
        <translation>Funktionsbezeichnung (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="98"/>
        <source>Function alone (%1):</source>
        <translation>Funktion allein (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="102"/>
        <source>Plural for joint quotes (%1):</source>
        <translation>Plural für gemeinsame Zitate (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="105"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="140"/>
        <source>Write the function title.</source>
        <translation>Schreiben Sie die Funktionsbezeichnung.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="31"/>
        <source>open start</source>
        <translation>offener Beginn</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="35"/>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="45"/>
        <source>be sent for approval</source>
        <translation>zur Freigabe versandt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="46"/>
        <source>be approved</source>
        <translation>freigegeben werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="47"/>
        <source>be rejected</source>
        <translation>abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="53"/>
        <source>Send it for approval first.</source>
        <translation>Senden Sie es zuerst zur Freigabe.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="55"/>
        <source>Approve or reject it first.</source>
        <translation>Geben Sie es zuerst frei oder lehnen Sie es ab.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="57"/>
        <source>Change its words first, then send it again.</source>
        <translation>Ändern Sie zuerst den Wortlaut und senden Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="59"/>
        <source>Send the new words for approval again first.</source>
        <translation>Senden Sie zuerst den neuen Wortlaut erneut zur Freigabe.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="61"/>
        <source>Send it for approval again first.</source>
        <translation>Senden Sie es zuerst erneut zur Freigabe.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="78"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="79"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="80"/>
        <source>It was left unchanged.</source>
        <translation>Es blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="81"/>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="92"/>
        <source>The server’s message: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="100"/>
        <source>This value is not accepted (%1). Nothing was saved.</source>
        <translation>Dieser Wert wird nicht angenommen (%1). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="103"/>
        <source>“%1” is not a language of the application (%2). Nothing was saved.</source>
        <translation>„%1“ ist keine Sprache der Anwendung (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="107"/>
        <source>A person needs a family name. Nothing was saved.</source>
        <translation>Eine Person braucht einen Nachnamen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="109"/>
        <source>Choose the gender from the list. Nothing was saved.</source>
        <translation>Wählen Sie das Geschlecht aus der Liste. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="111"/>
        <source>The id “%1” is already in use. Nothing was saved.</source>
        <translation>Die Kennung „%1“ ist bereits vergeben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="114"/>
        <source>This person is no longer in the archive. Nothing was saved.</source>
        <translation>Diese Person ist nicht mehr im Archiv. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="116"/>
        <source>This organisation is no longer in the archive. Nothing was saved.</source>
        <translation>Diese Organisation ist nicht mehr im Archiv. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="119"/>
        <source>The role ends (%1) before it starts (%2). Nothing was saved.</source>
        <translation>Die Funktion endet (%1), bevor sie beginnt (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="122"/>
        <source>The role (%1) overlaps the person’s role “%2” at the same organisation (%3). End that role first or let this one start later. Nothing was saved.</source>
        <translation>Die Funktion (%1) überschneidet sich mit der Funktion „%2“ der Person bei derselben Organisation (%3). Beenden Sie zuerst jene Funktion oder lassen Sie diese später beginnen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="129"/>
        <source>A quote said on %1 stores this role, and that day lies outside %2. Old quotes keep their role, so add a new role instead. Nothing was saved.</source>
        <translation>Ein Zitat vom %1 ist mit dieser Funktion gespeichert, und dieser Tag liegt außerhalb von %2. Ältere Zitate behalten ihre Funktion; legen Sie stattdessen eine neue Funktion an. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="135"/>
        <source>To end the previous role, give the day the new one begins. Nothing was saved.</source>
        <translation>Um die bisherige Funktion zu beenden, geben Sie den Tag an, an dem die neue beginnt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="138"/>
        <source>A role stays with its person; give the other person a role of their own. Nothing was saved.</source>
        <translation>Eine Funktion bleibt bei ihrer Person; legen Sie für die andere Person eine eigene Funktion an. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="142"/>
        <source>An organisation needs a short name (“WFBB”). Nothing was saved.</source>
        <translation>Eine Organisation braucht einen Kurznamen („WFBB“). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="145"/>
        <source>“%1” is already the short name of %2. Nothing was saved.</source>
        <translation>„%1“ ist bereits der Kurzname von %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="148"/>
        <source>The logo is not an image in the archive; choose an image file. Nothing was saved.</source>
        <translation>Das Logo ist kein Bild im Archiv; wählen Sie eine Bilddatei. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="152"/>
        <source>%1 cannot be the logo: %2. Nothing was saved.</source>
        <translation>%1 kann nicht das Logo sein: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="154"/>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="156"/>
        <source>%1 cannot be read (%2). Nothing was saved.</source>
        <translation>%1 lässt sich nicht lesen (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="159"/>
        <source>A press contact needs a name. Nothing was saved.</source>
        <translation>Ein Pressekontakt braucht einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="161"/>
        <source>A person cannot be merged with itself.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="164"/>
        <source>The quote is %1 and cannot %2. %3</source>
        <translation>Das Zitat ist %1 und kann nicht %2. %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="168"/>
        <source>Say to whom the quote is sent (for example the speaker’s press office).</source>
        <translation>Geben Sie an, an wen das Zitat geht (zum Beispiel die Pressestelle der Person).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="172"/>
        <source>Say who approved the quote (for example the speaker’s press office).</source>
        <translation>Geben Sie an, wer das Zitat freigegeben hat (zum Beispiel die Pressestelle der Person).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="175"/>
        <source>Say who rejected the quote (for example the speaker’s press office).</source>
        <translation>Geben Sie an, wer das Zitat abgelehnt hat (zum Beispiel die Pressestelle der Person).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="177"/>
        <source>Give the reason the quote was rejected.</source>
        <translation>Geben Sie den Grund an, aus dem das Zitat abgelehnt wurde.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="179"/>
        <source>The quote is no longer in this item.</source>
        <translation>Das Zitat ist nicht mehr in dieser Meldung.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="182"/>
        <source>The database server of the archive %1 cannot be reached, or the connection to it was lost.</source>
        <translation>Der Datenbankserver des Archivs %1 ist nicht erreichbar, oder die Verbindung zu ihm ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="186"/>
        <source>The database server of the archive %1 refused the login: the user name or the password was not accepted.</source>
        <translation>Der Datenbankserver des Archivs %1 hat die Anmeldung abgelehnt: Benutzername oder Passwort wurden nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="190"/>
        <source>The database named in the address %1 does not exist on the server.</source>
        <translation>Die in der Adresse %1 genannte Datenbank gibt es auf dem Server nicht.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="193"/>
        <source>The database server of the archive %1 has no room left.</source>
        <translation>Der Datenbankserver des Archivs %1 hat keinen Platz mehr.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="195"/>
        <source>The database server of the archive %1 does not let this user make changes.</source>
        <translation>Der Datenbankserver des Archivs %1 lässt diesen Benutzer nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="199"/>
        <source>The archive %1 is busy: a colleague’s change holds it.</source>
        <translation>Das Archiv %1 ist belegt: Eine Änderung von Kollegen hält es fest.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="202"/>
        <source>The database server reports damaged data in the archive %1.</source>
        <translation>Der Datenbankserver meldet beschädigte Daten im Archiv %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="205"/>
        <source>The database server of the archive %1 reported a disk error.</source>
        <translation>Der Datenbankserver des Archivs %1 hat einen Plattenfehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="208"/>
        <source>The database server of the archive %1 reported a problem.</source>
        <translation>Der Datenbankserver des Archivs %1 hat ein Problem gemeldet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="212"/>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Ein Name hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="40"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="47"/>
        <source>Recorded with each approval step you take; empty: your login name</source>
        <translation>Wird bei jedem Freigabeschritt vermerkt, den Sie ausführen; leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="55"/>
        <source>Only export &amp;approved quotes</source>
        <translation>Nur &amp;freigegebene Zitate exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="68"/>
        <source>User interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="69"/>
        <source>Texts of press releases are not affected.</source>
        <translation>Die Texte der Pressemitteilungen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="72"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="74"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="75"/>
        <source>Otherwise exporting an item with quotes that are not approved asks first.</source>
        <translation>Sonst fragt der Export nach, wenn eine Meldung nicht freigegebene Zitate enthält.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="80"/>
        <source>&amp;Gender-inclusive language:</source>
        <translation>&amp;Geschlechtergerechte Sprache:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="81"/>
        <source>For this archive: the checks before an export flag German spellings that break it.</source>
        <translation>Gilt für dieses Archiv: Die Prüfung vor dem Export meldet deutsche Schreibweisen, die davon abweichen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="88"/>
        <source>archive.sqlite in the user data folder</source>
        <translation>archive.sqlite im Benutzerdatenordner</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="91"/>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="93"/>
        <source>An archive file, or a team archive on a PostgreSQL server: postgresql+psycopg://name@server:5432/database. Passwords are not saved here: put them in ~/.pgpass or PGPASSWORD. Takes effect at the next start.</source>
        <translation>Eine Archivdatei oder ein Team-Archiv auf einem PostgreSQL-Server: postgresql+psycopg://name@server:5432/datenbank. Passwörter werden hier nicht gespeichert: Hinterlegen Sie sie in ~/.pgpass oder PGPASSWORD. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="100"/>
        <source>Open now: %1</source>
        <translation>Jetzt geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>SharedRecordsDialog</name>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="28"/>
        <source>Import: stored records differ</source>
        <translation>Import: gespeicherte Einträge weichen ab</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="31"/>
        <source>The file describes people, organisations or roles of the archive otherwise than the archive does. Other press items use these records too. Nothing has been imported yet: choose whether the stored records take the file&apos;s values or stay as they are.</source>
        <translation>Die Datei beschreibt Personen, Organisationen oder Rollen des Archivs anders als das Archiv. Auch andere Pressemitteilungen verwenden diese Einträge. Noch wurde nichts importiert: Wählen Sie, ob die gespeicherten Einträge die Werte der Datei übernehmen oder bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="34"/>
        <source>Records: %1 · differing fields: %2</source>
        <translation>Einträge: %1 · abweichende Felder: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40"/>
        <source>In the archive</source>
        <translation>Im Archiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="41"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="65"/>
        <source>Update stored records</source>
        <translation>Gespeicherte Einträge aktualisieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="66"/>
        <source>Keep stored records</source>
        <translation>Gespeicherte Einträge behalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="67"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="84"/>
        <location filename="../../editor/gui/shared_records_dialog.py" line="97"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="84"/>
        <location filename="../../editor/gui/shared_records_dialog.py" line="97"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="85"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="91"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="91"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="92"/>
        <location filename="../../editor/gui/shared_records_dialog.py" line="94"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="92"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="93"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="93"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="94"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="95"/>
        <source>Boilerplate</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="96"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="96"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="98"/>
        <source>Role title</source>
        <translation>Funktionsbezeichnung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="98"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="99"/>
        <source>Function (plural)</source>
        <translation>Funktion (Plural)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="100"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="100"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="102"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="102"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="33"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="35"/>
        <source>Search for a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="38"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="38"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/gui/spelling.py" line="81"/>
        <source>No spelling dictionary is installed for %1: those texts are not checked. Install the Hunspell dictionaries (e.g. hunspell-de-de, hunspell-en-gb) to check them.</source>
        <translation>Für %1 ist kein Wörterbuch installiert: Diese Texte werden nicht geprüft. Installieren Sie die Hunspell-Wörterbücher (z. B. hunspell-de-de, hunspell-en-gb), um sie zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="255"/>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="258"/>
        <source>Add “%1” to dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="261"/>
        <source>Accept this word in every text of this archive</source>
        <translation>Dieses Wort in allen Texten dieses Archivs als richtig annehmen</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="122"/>
        <source>%1, since %2</source>
        <translation>%1, seit %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="125"/>
        <source>Being edited by: %1</source>
        <translation>In Bearbeitung: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="127"/>
        <source>Colleagues have this item open. You can still save: if they saved first, saving shows both versions.</source>
        <translation>Kolleginnen oder Kollegen haben diesen Beitrag geöffnet. Sie können trotzdem speichern: Hat jemand zuvor gespeichert, zeigt das Speichern beide Fassungen.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="126"/>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht nutzbar)</translation>
    </message>
</context>
<context>
    <name>UnapprovedQuotesDialog</name>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="46"/>
        <source>(no speaker)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="58"/>
        <source>Quotes not approved</source>
        <translation>Zitate nicht freigegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_check.py" line="63"/>
        <source>%n quote(s) in this export are not approved, and only approved quotes may be exported (see Settings).</source>
        <translation>
            <numerusform>%n Zitat in diesem Export ist nicht freigegeben, und nur freigegebene Zitate dürfen exportiert werden (siehe Einstellungen).</numerusform>
            <numerusform>%n Zitate in diesem Export sind nicht freigegeben, und nur freigegebene Zitate dürfen exportiert werden (siehe Einstellungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_check.py" line="66"/>
        <source>%n quote(s) in this export are not approved yet.</source>
        <translation>
            <numerusform>%n Zitat in diesem Export ist noch nicht freigegeben.</numerusform>
            <numerusform>%n Zitate in diesem Export sind noch nicht freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="85"/>
        <source>Double-click to open the quote</source>
        <translation>Doppelklick öffnet das Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="88"/>
        <source>Open quote</source>
        <translation>Zitat öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="96"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../editor/gui/app.py" line="120"/>
        <source>Updating the archive for this version of Pressestelle.
A backup copy is made first; a large archive takes a few minutes.</source>
        <translation>Das Archiv wird für diese Version von Pressestelle aktualisiert.
Zuerst wird eine Sicherungskopie angelegt; ein großes Archiv braucht einige Minuten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/app.py" line="176"/>
        <source>The archive now keeps the pictures of its photos itself. %n photo(s) could not be copied from their files and are shown as missing until you choose their image again:</source>
        <translation>
            <numerusform>Das Archiv bewahrt die Bilder seiner Fotos jetzt selbst auf. %n Foto konnte nicht aus seiner Datei übernommen werden und wird als fehlend gezeigt, bis Sie sein Bild erneut wählen:</numerusform>
            <numerusform>Das Archiv bewahrt die Bilder seiner Fotos jetzt selbst auf. %n Fotos konnten nicht aus ihren Dateien übernommen werden und werden als fehlend gezeigt, bis Sie ihr Bild erneut wählen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="222"/>
        <source>This archive is already open in another Pressestelle window on this computer.</source>
        <translation>Dieses Archiv ist bereits in einem anderen Pressestelle-Fenster auf diesem Computer geöffnet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="226"/>
        <source>This archive is already open in a Pressestelle window on the computer %1.</source>
        <translation>Dieses Archiv ist bereits in einem Pressestelle-Fenster auf dem Computer %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="231"/>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="233"/>
        <source>Archive: %1
Other window: program %2%3.

Opened here too, both windows can be used: an item open in the other one is marked as being edited, and each window shows the other&apos;s saves. Switch to the other window instead if you opened this one by mistake.</source>
        <translation>Archiv: %1
Anderes Fenster: Programm %2%3.

Auch hier geöffnet, sind beide Fenster nutzbar: Ein im anderen Fenster geöffneter Eintrag wird als „in Bearbeitung“ markiert, und jedes Fenster zeigt, was im anderen gespeichert wird. Wechseln Sie stattdessen zum anderen Fenster, wenn Sie dieses versehentlich geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="242"/>
        <source>&amp;Open here too</source>
        <translation>Auch hier ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
</TS>
