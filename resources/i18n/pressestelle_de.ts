<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/actions.py" line="44"/>
        <source>&amp;New press release</source>
        <translation>&amp;Neue Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="45"/>
        <source>Start a new press release</source>
        <translation>Eine neue Pressemitteilung beginnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="47"/>
        <source>Save the open item in the archive</source>
        <translation>Die geöffnete Meldung im Archiv speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="48"/>
        <source>&amp;Reload from archive</source>
        <translation>Aus dem Archiv neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="50"/>
        <source>Discard unsaved changes and load the archived version</source>
        <translation>Ungespeicherte Änderungen verwerfen und die archivierte Fassung laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="51"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="52"/>
        <source>Export the open or selected items as Word or HTML files</source>
        <translation>Die geöffnete oder die ausgewählten Meldungen als Word- oder HTML-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="59"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="64"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="65"/>
        <source>Mark the selected text bold (**text**)</source>
        <translation>Den markierten Text fett setzen (**Text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="66"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="67"/>
        <source>Mark the selected text italic (*text*)</source>
        <translation>Den markierten Text kursiv setzen (*Text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="68"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="69"/>
        <source>Turn the selected text into a link</source>
        <translation>Den markierten Text verlinken</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="70"/>
        <source>&amp;Find items</source>
        <translation>Meldungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="71"/>
        <source>Search the archive</source>
        <translation>Im Archiv suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="74"/>
        <source>Add &amp;paragraph</source>
        <translation>&amp;Absatz einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="76"/>
        <source>Insert a paragraph below the current block</source>
        <translation>Einen Absatz unter dem aktuellen Block einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="77"/>
        <source>Add &amp;quote</source>
        <translation>&amp;Zitat einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="79"/>
        <source>Insert a quote below the current block</source>
        <translation>Ein Zitat unter dem aktuellen Block einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="80"/>
        <source>&amp;Remove block</source>
        <translation>Block &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="81"/>
        <source>Remove the current block</source>
        <translation>Den aktuellen Block entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="82"/>
        <source>Move block &amp;up</source>
        <translation>Block nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="83"/>
        <source>Move the current block up</source>
        <translation>Den aktuellen Block nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="84"/>
        <source>Move block &amp;down</source>
        <translation>Block nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="85"/>
        <source>Move the current block down</source>
        <translation>Den aktuellen Block nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="87"/>
        <source>&amp;Mark as translated</source>
        <translation>Als &amp;übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="88"/>
        <source>Confirm that the translation matches the current source text</source>
        <translation>Bestätigen, dass die Übersetzung zum aktuellen Ausgangstext passt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="95"/>
        <source>Item &amp;list</source>
        <translation>Meldungs&amp;liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="98"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="101"/>
        <source>&amp;Refresh list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="104"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="107"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="114"/>
        <source>&amp;About Pressestelle</source>
        <translation>Ü&amp;ber Pressestelle</translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="134"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="136"/>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="142"/>
        <source>%1 (source)</source>
        <translation>%1 (Ausgangstext)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="192"/>
        <source>All translations are up to date.</source>
        <translation>Alle Übersetzungen sind aktuell.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="203"/>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="204"/>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="209"/>
        <source>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</source>
        <translation>Der Ausgangstext wurde geändert, nachdem die Übersetzung (%1) geschrieben wurde. Prüfen Sie sie und wählen Sie dann „Als übersetzt markieren“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="211"/>
        <source>The %1 translation is missing.</source>
        <translation>Die Übersetzung (%1) fehlt.</translation>
    </message>
</context>
<context>
    <name>BlockTextDelegate</name>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="68"/>
        <source>translation missing</source>
        <translation>Übersetzung fehlt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="70"/>
        <source>write here</source>
        <translation>hier schreiben</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../editor/gui/commands.py" line="22"/>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="23"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="24"/>
        <source>Change issue date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="25"/>
        <source>Change places</source>
        <translation>Orte ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="26"/>
        <source>Change issuing organisations</source>
        <translation>Herausgeber ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="27"/>
        <source>Change topics</source>
        <translation>Themen ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="28"/>
        <source>Change embargo</source>
        <translation>Sperrfrist ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="29"/>
        <source>Change internal note</source>
        <translation>Interne Notiz ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="30"/>
        <source>Change languages</source>
        <translation>Sprachen ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="31"/>
        <source>Change source language</source>
        <translation>Ausgangssprache ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="33"/>
        <source>Change item</source>
        <translation>Meldung ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="121"/>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="147"/>
        <source>Mark as translated</source>
        <translation>Als übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="190"/>
        <source>Add %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="214"/>
        <source>Remove block</source>
        <translation>Block entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="230"/>
        <source>Move block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="245"/>
        <source>Change block kind</source>
        <translation>Blockart ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="274"/>
        <source>Change speakers</source>
        <translation>Sprecher ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="287"/>
        <source>Change verb</source>
        <translation>Verb ändern</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../editor/gui/errors.py" line="37"/>
        <source>Reload the item and apply your changes again.</source>
        <translation>Laden Sie die Meldung neu und übernehmen Sie Ihre Änderungen erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="39"/>
        <source>Correct the field named in the message and try again.</source>
        <translation>Korrigieren Sie das genannte Feld und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="43"/>
        <source>The record may have been deleted; refresh the list.</source>
        <translation>Der Eintrag wurde vielleicht gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="47"/>
        <source>Check that the archive file is reachable and not read-only.</source>
        <translation>Prüfen Sie, ob die Archivdatei erreichbar und nicht schreibgeschützt ist.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="51"/>
        <source>Check the message above, correct the cause and try again.</source>
        <translation>Beheben Sie die oben genannte Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="55"/>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="58"/>
        <source>This is a program error; it has been written to the log.</source>
        <translation>Dies ist ein Programmfehler; er wurde im Protokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="91"/>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="93"/>
        <source>This item was changed in the archive since you opened it.</source>
        <translation>Diese Meldung wurde im Archiv geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="98"/>
        <source>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive&apos;s version (your unsaved changes are lost), or cancel, copy your changes and reload later.</source>
        <translation>Ihre Fassung ist Version %1, im Archiv liegt Version %2. Speichern würde die anderen Änderungen überschreiben.

Laden Sie die Fassung aus dem Archiv (Ihre ungespeicherten Änderungen gehen verloren) oder brechen Sie ab, sichern Sie Ihre Änderungen und laden Sie später neu.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="108"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="135"/>
        <source>An unexpected error occurred.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="47"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="48"/>
        <source>%n item(s) will be exported.</source>
        <translation>
            <numerusform>%n Meldung wird exportiert.</numerusform>
            <numerusform>%n Meldungen werden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="54"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="55"/>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="59"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="62"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="77"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="78"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="79"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="80"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="131"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../editor/gui/exporting.py" line="24"/>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="30"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="43"/>
        <source>Exporting %1…</source>
        <translation>Exportiere %1…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="72"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="81"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="83"/>
        <source>%1 file(s) written to %2.</source>
        <translation>%1 Datei(en) in %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="88"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>HeadlineForm</name>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="23"/>
        <source>Kicker:</source>
        <translation>Dachzeile:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="23"/>
        <source>Headline:</source>
        <translation>Überschrift:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="24"/>
        <source>Subheadline:</source>
        <translation>Unterzeile:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25"/>
        <source>Line above the headline</source>
        <translation>Zeile über der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="26"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="27"/>
        <source>Line below the headline</source>
        <translation>Zeile unter der Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="93"/>
        <source>%1 (source)</source>
        <translation>%1 (Ausgangstext)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="109"/>
        <source>The translation is missing.</source>
        <translation>Die Übersetzung fehlt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="112"/>
        <source>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</source>
        <translation>Der Ausgangstext wurde geändert, nachdem diese Übersetzung geschrieben wurde. Prüfen Sie sie und wählen Sie dann „Als übersetzt markieren“ (Strg+Umschalt+T).</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="70"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="71"/>
        <source>&amp;Details</source>
        <translation>&amp;Angaben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="158"/>
        <source>Mark as translated</source>
        <translation>Als übersetzt markieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="183"/>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="183"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL):</translation>
    </message>
</context>
<context>
    <name>ItemFilterBar</name>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="39"/>
        <source>Search headlines and text…</source>
        <translation>Überschriften und Text durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="42"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="44"/>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="47"/>
        <location filename="../../editor/gui/item_filter_bar.py" line="51"/>
        <location filename="../../editor/gui/item_filter_bar.py" line="57"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="55"/>
        <source>e.g. Strukturwandel</source>
        <translation>z. B. Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="60"/>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="83"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="84"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="85"/>
        <source>Issuer:</source>
        <translation>Herausgeber:</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="122"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="122"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="156"/>
        <source>(no headline)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../editor/gui/item_list_panel.py" line="123"/>
        <source>More than %1 items; scroll for more</source>
        <translation>Mehr als %1 Meldungen; blättern Sie für weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/item_list_panel.py" line="125"/>
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
        <location filename="../../editor/gui/labels.py" line="12"/>
        <source>Press release</source>
        <translation>Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="13"/>
        <source>Event report</source>
        <translation>Veranstaltungsbericht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="14"/>
        <source>Statement</source>
        <translation>Stellungnahme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="20"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="21"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="22"/>
        <location filename="../../editor/gui/labels.py" line="43"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="23"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="24"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="25"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="31"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="32"/>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="33"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="34"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="35"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="41"/>
        <source>Not yet sent</source>
        <translation>Noch nicht versandt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="42"/>
        <source>Sent for approval</source>
        <translation>Zur Freigabe versandt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="44"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="50"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="51"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="88"/>
        <source>Recent &amp;items</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="93"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="99"/>
        <source>&amp;Block</source>
        <translation>B&amp;lock</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="103"/>
        <source>Change &amp;kind to</source>
        <translation>&amp;Art ändern in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="109"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="121"/>
        <source>Main toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="200"/>
        <source>The item could not be opened.</source>
        <translation>Die Meldung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="264"/>
        <source>The item could not be saved.</source>
        <translation>Die Meldung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="274"/>
        <source>Saved (version %1).</source>
        <translation>Gespeichert (Version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="295"/>
        <location filename="../../editor/gui/main_window.py" line="332"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="296"/>
        <source>The open item has unsaved changes. Save them?</source>
        <translation>Die geöffnete Meldung hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="329"/>
        <source>New press release</source>
        <translation>Neue Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="333"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="362"/>
        <source>The templates could not be read.</source>
        <translation>Die Vorlagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="375"/>
        <source>The items could not be loaded for the export.</source>
        <translation>Die Meldungen konnten für den Export nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="379"/>
        <source>%1 file(s) exported.</source>
        <translation>%1 Datei(en) exportiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="403"/>
        <source>About Pressestelle</source>
        <translation>Über Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="404"/>
        <source>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Zweisprachige Pressemitteilungen, Exporte und ein Zitatarchiv für Pressestellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="414"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="420"/>
        <source>Preview: %1 ms</source>
        <translation>Vorschau: %1 ms</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="68"/>
        <source>e.g. Potsdam/Magdeburg</source>
        <translation>z. B. Potsdam/Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="73"/>
        <source>Comma-separated, e.g. Smart Country, Strukturwandel</source>
        <translation>Durch Kommas getrennt, z. B. Smart Country, Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="74"/>
        <source>Embargo</source>
        <translation>Sperrfrist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="84"/>
        <source>Notes for the press office only</source>
        <translation>Notizen nur für die Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="93"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="94"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="95"/>
        <source>Issue &amp;date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="100"/>
        <source>Written first in:</source>
        <translation>Zuerst geschrieben auf:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="103"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="104"/>
        <source>&amp;Places:</source>
        <translation>&amp;Orte:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="105"/>
        <source>Issued by:</source>
        <translation>Herausgeber:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="106"/>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="108"/>
        <source>Not before:</source>
        <translation>Nicht vor:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="110"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="112"/>
        <source>Internal – never exported</source>
        <translation>Intern – wird nie exportiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="245"/>
        <source>Change source language</source>
        <translation>Ausgangssprache ändern</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="90"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="91"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="125"/>
        <source>No HTML template is installed.</source>
        <translation>Es ist keine HTML-Vorlage installiert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="133"/>
        <source>Preview not updated: %1</source>
        <translation>Vorschau nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="30"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="39"/>
        <source>Add a speaker: type a name…</source>
        <translation>Sprecher hinzufügen: Namen eingeben…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="46"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="47"/>
        <source>Add the named person as a speaker</source>
        <translation>Die genannte Person als Sprecher hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="48"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="49"/>
        <source>Remove the selected speaker</source>
        <translation>Den ausgewählten Sprecher entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="66"/>
        <source>Speakers:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="68"/>
        <source>Verb (%1):</source>
        <translation>Verb (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130"/>
        <source>%1 — on %2: %3</source>
        <translation>%1 — am %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130"/>
        <source>%1 — no role known on %2</source>
        <translation>%1 — keine Funktion am %2 bekannt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="15"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="17"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="26"/>
        <source>User interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="27"/>
        <source>Texts of press releases are not affected.</source>
        <translation>Die Texte der Pressemitteilungen bleiben unverändert.</translation>
    </message>
</context>
</TS>
