<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/actions.py" line="44" />
        <source>&amp;New press release</source>
        <translation>&amp;New press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="45" />
        <source>Start a new press release</source>
        <translation>Start a new press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="46" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="47" />
        <source>Save the open item in the archive</source>
        <translation>Save the open item in the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="48" />
        <source>&amp;Reload from archive</source>
        <translation>&amp;Reload from archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="50" />
        <source>Discard unsaved changes and load the archived version</source>
        <translation>Discard unsaved changes and load the archived version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="51" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="52" />
        <source>Export the open or selected items as Word or HTML files</source>
        <translation>Export the open or selected items as Word or HTML files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="56" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="59" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="64" />
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="65" />
        <source>Mark the selected text bold (**text**)</source>
        <translation>Mark the selected text bold (**text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="66" />
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="67" />
        <source>Mark the selected text italic (*text*)</source>
        <translation>Mark the selected text italic (*text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="68" />
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="69" />
        <source>Turn the selected text into a link</source>
        <translation>Turn the selected text into a link</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="70" />
        <source>&amp;Find items</source>
        <translation>&amp;Find items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="71" />
        <source>Search the archive</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="74" />
        <source>Add &amp;paragraph</source>
        <translation>Add &amp;paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="76" />
        <source>Insert a paragraph below the current block</source>
        <translation>Insert a paragraph below the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="77" />
        <source>Add &amp;quote</source>
        <translation>Add &amp;quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="79" />
        <source>Insert a quote below the current block</source>
        <translation>Insert a quote below the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="80" />
        <source>&amp;Remove block</source>
        <translation>&amp;Remove block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="81" />
        <source>Remove the current block</source>
        <translation>Remove the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="82" />
        <source>Move block &amp;up</source>
        <translation>Move block &amp;up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="83" />
        <source>Move the current block up</source>
        <translation>Move the current block up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="84" />
        <source>Move block &amp;down</source>
        <translation>Move block &amp;down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="85" />
        <source>Move the current block down</source>
        <translation>Move the current block down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="87" />
        <source>&amp;Mark as translated</source>
        <translation>&amp;Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="88" />
        <source>Confirm that the translation matches the current source text</source>
        <translation>Confirm that the translation matches the current source text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="95" />
        <source>Item &amp;list</source>
        <translation>Item &amp;list</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="98" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="101" />
        <source>&amp;Refresh list</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="104" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="107" />
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="114" />
        <source>&amp;About Pressestelle</source>
        <translation>&amp;About Pressestelle</translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="134" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="136" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="142" />
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="192" />
        <source>All translations are up to date.</source>
        <translation>All translations are up to date.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="203" />
        <source>%1 stale</source>
        <translation>%1 stale</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="204" />
        <source>%1 missing</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="209" />
        <source>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</source>
        <translation>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="211" />
        <source>The %1 translation is missing.</source>
        <translation>The %1 translation is missing.</translation>
    </message>
</context>
<context>
    <name>BlockTextDelegate</name>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="68" />
        <source>translation missing</source>
        <translation>translation missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="70" />
        <source>write here</source>
        <translation>write here</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../editor/gui/commands.py" line="22" />
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="23" />
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="24" />
        <source>Change issue date</source>
        <translation>Change issue date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="25" />
        <source>Change places</source>
        <translation>Change places</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="26" />
        <source>Change issuing organisations</source>
        <translation>Change issuing organisations</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="27" />
        <source>Change topics</source>
        <translation>Change topics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="28" />
        <source>Change embargo</source>
        <translation>Change embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="29" />
        <source>Change internal note</source>
        <translation>Change internal note</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="30" />
        <source>Change languages</source>
        <translation>Change languages</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="31" />
        <source>Change source language</source>
        <translation>Change source language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="33" />
        <source>Change item</source>
        <translation>Change item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="121" />
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="147" />
        <source>Mark as translated</source>
        <translation>Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="190" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="214" />
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="230" />
        <source>Move block</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="245" />
        <source>Change block kind</source>
        <translation>Change block kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="274" />
        <source>Change speakers</source>
        <translation>Change speakers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="287" />
        <source>Change verb</source>
        <translation>Change verb</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../editor/gui/errors.py" line="37" />
        <source>Reload the item and apply your changes again.</source>
        <translation>Reload the item and apply your changes again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="39" />
        <source>Correct the field named in the message and try again.</source>
        <translation>Correct the field named in the message and try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="43" />
        <source>The record may have been deleted; refresh the list.</source>
        <translation>The record may have been deleted; refresh the list.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="47" />
        <source>Check that the archive file is reachable and not read-only.</source>
        <translation>Check that the archive file is reachable and not read-only.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="51" />
        <source>Check the message above, correct the cause and try again.</source>
        <translation>Check the message above, correct the cause and try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="55" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="58" />
        <source>This is a program error; it has been written to the log.</source>
        <translation>This is a program error; it has been written to the log.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="91" />
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="93" />
        <source>This item was changed in the archive since you opened it.</source>
        <translation>This item was changed in the archive since you opened it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="98" />
        <source>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive's version (your unsaved changes are lost), or cancel, copy your changes and reload later.</source>
        <translation>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive's version (your unsaved changes are lost), or cancel, copy your changes and reload later.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="108" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="135" />
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="47" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="48" />
        <source>%n item(s) will be exported.</source>
        <translation>
            <numerusform>%n item will be exported.</numerusform>
            <numerusform>%n items will be exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="54" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="55" />
        <source>Web page (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="59" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="62" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="77" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="78" />
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="79" />
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="80" />
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="131" />
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../editor/gui/exporting.py" line="24" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="25" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="30" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="43" />
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="72" />
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="81" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="83" />
        <source>%1 file(s) written to %2.</source>
        <translation>%1 file(s) written to %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="88" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>HeadlineForm</name>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="23" />
        <source>Kicker:</source>
        <translation>Kicker:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="23" />
        <source>Headline:</source>
        <translation>Headline:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="24" />
        <source>Subheadline:</source>
        <translation>Subheadline:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25" />
        <source>Line above the headline</source>
        <translation>Line above the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="26" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="27" />
        <source>Line below the headline</source>
        <translation>Line below the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="93" />
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="109" />
        <source>The translation is missing.</source>
        <translation>The translation is missing.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="112" />
        <source>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</source>
        <translation>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="70" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="71" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="158" />
        <source>Mark as translated</source>
        <translation>Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="183" />
        <source>Insert link</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="183" />
        <source>Address (URL):</source>
        <translation>Address (URL):</translation>
    </message>
</context>
<context>
    <name>ItemFilterBar</name>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="39" />
        <source>Search headlines and text…</source>
        <translation>Search headlines and text…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="42" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="44" />
        <source>Show or hide the filters</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="47" />
        <location filename="../../editor/gui/item_filter_bar.py" line="51" />
        <location filename="../../editor/gui/item_filter_bar.py" line="57" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="55" />
        <source>e.g. Strukturwandel</source>
        <translation>e.g. Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="60" />
        <source>Only from</source>
        <translation>Only from</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="82" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="83" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="84" />
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="85" />
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="121" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="121" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="122" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="122" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="156" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../editor/gui/item_list_panel.py" line="123" />
        <source>More than %1 items; scroll for more</source>
        <translation>More than %1 items; scroll for more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/item_list_panel.py" line="125" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../editor/gui/labels.py" line="12" />
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="13" />
        <source>Event report</source>
        <translation>Event report</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="14" />
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="20" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="21" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="22" />
        <location filename="../../editor/gui/labels.py" line="43" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="23" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="24" />
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="25" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="31" />
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="32" />
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="33" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="34" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="35" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="41" />
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="42" />
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="44" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="50" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="51" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="86" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="88" />
        <source>Recent &amp;items</source>
        <translation>Recent &amp;items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="93" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="99" />
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="103" />
        <source>Change &amp;kind to</source>
        <translation>Change &amp;kind to</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="107" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="109" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="110" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="113" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="121" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="200" />
        <source>The item could not be opened.</source>
        <translation>The item could not be opened.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="264" />
        <source>The item could not be saved.</source>
        <translation>The item could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="274" />
        <source>Saved (version %1).</source>
        <translation>Saved (version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="295" />
        <location filename="../../editor/gui/main_window.py" line="332" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="296" />
        <source>The open item has unsaved changes. Save them?</source>
        <translation>The open item has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="329" />
        <source>New press release</source>
        <translation>New press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="333" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="362" />
        <source>The templates could not be read.</source>
        <translation>The templates could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="375" />
        <source>The items could not be loaded for the export.</source>
        <translation>The items could not be loaded for the export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="379" />
        <source>%1 file(s) exported.</source>
        <translation>%1 file(s) exported.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="403" />
        <source>About Pressestelle</source>
        <translation>About Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="404" />
        <source>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="414" />
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="420" />
        <source>Preview: %1 ms</source>
        <translation>Preview: %1 ms</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="68" />
        <source>e.g. Potsdam/Magdeburg</source>
        <translation>e.g. Potsdam/Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="73" />
        <source>Comma-separated, e.g. Smart Country, Strukturwandel</source>
        <translation>Comma-separated, e.g. Smart Country, Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="74" />
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="84" />
        <source>Notes for the press office only</source>
        <translation>Notes for the press office only</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="93" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="94" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="95" />
        <source>Issue &amp;date:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="100" />
        <source>Written first in:</source>
        <translation>Written first in:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="103" />
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="104" />
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="105" />
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="106" />
        <source>T&amp;opics:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="108" />
        <source>Not before:</source>
        <translation>Not before:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="110" />
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="112" />
        <source>Internal – never exported</source>
        <translation>Internal – never exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="245" />
        <source>Change source language</source>
        <translation>Change source language</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="90" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="91" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="125" />
        <source>No HTML template is installed.</source>
        <translation>No HTML template is installed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="133" />
        <source>Preview not updated: %1</source>
        <translation>Preview not updated: %1</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="30" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="39" />
        <source>Add a speaker: type a name…</source>
        <translation>Add a speaker: type a name…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="46" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="47" />
        <source>Add the named person as a speaker</source>
        <translation>Add the named person as a speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="48" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="49" />
        <source>Remove the selected speaker</source>
        <translation>Remove the selected speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="66" />
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="68" />
        <source>Verb (%1):</source>
        <translation>Verb (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130" />
        <source>%1 — on %2: %3</source>
        <translation>%1 — on %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130" />
        <source>%1 — no role known on %2</source>
        <translation>%1 — no role known on %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="17" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="26" />
        <source>User interface &amp;language:</source>
        <translation>User interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="27" />
        <source>Texts of press releases are not affected.</source>
        <translation>Texts of press releases are not affected.</translation>
    </message>
</context>
</TS>