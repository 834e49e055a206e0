<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/actions.py" line="54" />
        <source>&amp;New press release</source>
        <translation>&amp;New press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="55" />
        <source>Start a new press release</source>
        <translation>Start a new press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="56" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="57" />
        <source>Save the open item in the archive</source>
        <translation>Save the open item in the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="58" />
        <source>&amp;Reload from archive</source>
        <translation>&amp;Reload from archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="60" />
        <source>Discard unsaved changes and load the archived version</source>
        <translation>Discard unsaved changes and load the archived version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="62" />
        <source>&amp;Discard recovered changes</source>
        <translation>&amp;Discard recovered changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="63" />
        <source>Throw away the changes recovered after a crash and show the saved item</source>
        <translation>Throw away the changes recovered after a crash and show the saved item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="65" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="66" />
        <source>Import press items from interchange files (JSON); stored people and organisations change only if you say so</source>
        <translation>Import press items from interchange files (JSON); stored people and organisations change only if you say so</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="69" />
        <source>Import &amp;documents…</source>
        <translation>Import &amp;documents…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="70" />
        <source>Import old releases (Word, web pages, text, PDF) with their quotes and speakers; you review everything before it is saved</source>
        <translation>Import old releases (Word, web pages, text, PDF) with their quotes and speakers; you review everything before it is saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="73" />
        <source>Import a &amp;folder of documents…</source>
        <translation>Import a &amp;folder of documents…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="74" />
        <source>Import every old release in a folder and its subfolders</source>
        <translation>Import every old release in a folder and its subfolders</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="75" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="76" />
        <source>Export the open or selected items as Word or HTML files</source>
        <translation>Export the open or selected items as Word or HTML files</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="79" />
        <source>Export for &amp;approval…</source>
        <translation>Export for &amp;approval…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="80" />
        <source>Write a Word file of the open item for the speaker's office, with track changes on; its texts carry anchors so that the answer can be read back</source>
        <translation>Write a Word file of the open item for the speaker's office, with track changes on; its texts carry anchors so that the answer can be read back</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="83" />
        <source>Import approval &amp;round…</source>
        <translation>Import approval &amp;round…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="84" />
        <source>Read a returned Word file: see its tracked changes and comments per block and quote, accept or reject each, approve the quotes</source>
        <translation>Read a returned Word file: see its tracked changes and comments per block and quote, accept or reject each, approve the quotes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="87" />
        <source>Delete &amp;unused photos…</source>
        <translation>Delete &amp;unused photos…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="88" />
        <source>Delete the stored photos that no item, draft, kept version or logo uses</source>
        <translation>Delete the stored photos that no item, draft, kept version or logo uses</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="91" />
        <source>&amp;Copy archive to…</source>
        <translation>&amp;Copy archive to…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="92" />
        <source>Copy the whole archive into a new file or an empty PostgreSQL database (a team archive)</source>
        <translation>Copy the whole archive into a new file or an empty PostgreSQL database (a team archive)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="95" />
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="96" />
        <source>Every saved version of the open or selected item: compare them and restore one</source>
        <translation>Every saved version of the open or selected item: compare them and restore one</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="99" />
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="100" />
        <source>Mark the saved item as published; publishing it again after edits makes it a correction</source>
        <translation>Mark the saved item as published; publishing it again after edits makes it a correction</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="103" />
        <source>De&amp;lete item…</source>
        <translation>De&amp;lete item…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="104" />
        <source>Delete the open or selected item; its history is kept unless you say otherwise</source>
        <translation>Delete the open or selected item; its history is kept unless you say otherwise</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="107" />
        <source>Deleted i&amp;tems…</source>
        <translation>Deleted i&amp;tems…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="108" />
        <source>Show the history of a deleted item and bring a version back</source>
        <translation>Show the history of a deleted item and bring a version back</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="112" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="115" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="120" />
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="121" />
        <source>Mark the selected text bold (**text**)</source>
        <translation>Mark the selected text bold (**text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="122" />
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="123" />
        <source>Mark the selected text italic (*text*)</source>
        <translation>Mark the selected text italic (*text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="124" />
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="125" />
        <source>Turn the selected text into a link</source>
        <translation>Turn the selected text into a link</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="126" />
        <source>&amp;Find items</source>
        <translation>&amp;Find items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="127" />
        <source>Search the archive</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="130" />
        <source>Add &amp;paragraph</source>
        <translation>Add &amp;paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="131" />
        <source>Insert a paragraph below the current block</source>
        <translation>Insert a paragraph below the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="132" />
        <source>Add &amp;quote</source>
        <translation>Add &amp;quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="133" />
        <source>Insert a quote below the current block</source>
        <translation>Insert a quote below the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="134" />
        <source>Add p&amp;hoto…</source>
        <translation>Add p&amp;hoto…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="135" />
        <source>Insert photos below the current block (or drop image files onto the editor)</source>
        <translation>Insert photos below the current block (or drop image files onto the editor)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="137" />
        <source>&amp;Remove block</source>
        <translation>&amp;Remove block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="138" />
        <source>Remove the current block</source>
        <translation>Remove the current block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="139" />
        <source>Move block &amp;up</source>
        <translation>Move block &amp;up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="140" />
        <source>Move the current block up</source>
        <translation>Move the current block up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="141" />
        <source>Move block &amp;down</source>
        <translation>Move block &amp;down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="142" />
        <source>Move the current block down</source>
        <translation>Move the current block down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="144" />
        <source>&amp;Mark as translated</source>
        <translation>&amp;Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="145" />
        <source>Confirm that the translation matches the current source text</source>
        <translation>Confirm that the translation matches the current source text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="152" />
        <source>Item &amp;list</source>
        <translation>Item &amp;list</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="155" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="159" />
        <source>&amp;Quote archive</source>
        <translation>&amp;Quote archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="160" />
        <source>Search quotes by words, speaker and date; open, copy or insert them</source>
        <translation>Search quotes by words, speaker and date; open, copy or insert them</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="162" />
        <source>&amp;Directory…</source>
        <translation>&amp;Directory…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="163" />
        <source>People, their roles, organisations and press contacts of the archive</source>
        <translation>People, their roles, organisations and press contacts of the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="165" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="166" />
        <source>Show what others saved meanwhile: the list and the open item</source>
        <translation>Show what others saved meanwhile: the list and the open item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="169" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="172" />
        <source>Follow the &amp;system</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="180" />
        <source>Show in the applications &amp;menu</source>
        <translation>Show in the applications &amp;menu</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="181" />
        <source>Add Pressestelle to the desktop's applications menu, for you alone</source>
        <translation>Add Pressestelle to the desktop's applications menu, for you alone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="182" />
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="183" />
        <source>How to write, check and export a release, and every keyboard shortcut</source>
        <translation>How to write, check and export a release, and every keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="185" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="186" />
        <source>List every keyboard shortcut of the window</source>
        <translation>List every keyboard shortcut of the window</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="187" />
        <source>&amp;About Pressestelle</source>
        <translation>&amp;About Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/actions.py" line="188" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="48" />
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="49" />
        <source>Mark approved</source>
        <translation>Mark approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="50" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_dialog.py" line="53" />
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="56" />
        <source>e.g. Pressestelle MWAE, Frau Schulz</source>
        <translation>e.g. Pressestelle MWAE, Frau Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="59" />
        <source>What the speaker's office asked to change</source>
        <translation>What the speaker's office asked to change</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="80" />
        <source>Sent &amp;to:</source>
        <translation>Sent &amp;to:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="80" />
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="83" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="86" />
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="98" />
        <source>Say to whom the quote goes.</source>
        <translation>Say to whom the quote goes.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="100" />
        <source>Say who decided (for example the speaker's office).</source>
        <translation>Say who decided (for example the speaker's office).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_dialog.py" line="103" />
        <source>Give the reason for the rejection.</source>
        <translation>Give the reason for the rejection.</translation>
    </message>
</context>
<context>
    <name>ApprovalRound</name>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="68" />
        <source>Export for approval</source>
        <translation>Export for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="70" />
        <location filename="../../editor/gui/approval_round.py" line="93" />
        <source>Word files (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="77" />
        <source>The file for approval could not be written.</source>
        <translation>The file for approval could not be written.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="80" />
        <source>Written for approval: %1</source>
        <translation>Written for approval: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="92" />
        <source>Import approval round</source>
        <translation>Import approval round</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="100" />
        <source>The returned file could not be read.</source>
        <translation>The returned file could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="122" />
        <source>The approval round could not be applied.</source>
        <translation>The approval round could not be applied.</translation>
    </message>
</context>
<context>
    <name>ApprovalRoundDialog</name>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="47" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="49" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="51" />
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="53" />
        <source>Quote in block %1</source>
        <translation>Quote in block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="56" />
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="59" />
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="64" />
        <source>the beginning</source>
        <translation>the beginning</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="65" />
        <source>block %1</source>
        <translation>block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="73" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="77" />
        <source>%1 split into %2 paragraphs: %3</source>
        <translation>%1 split into %2 paragraphs: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="83" />
        <source>%1 removed: „%2“</source>
        <translation>%1 removed: „%2“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="87" />
        <source>New paragraph (%1) after %2: „%3“</source>
        <translation>New paragraph (%1) after %2: „%3“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="93" />
        <source>%1 moved after %2</source>
        <translation>%1 moved after %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="100" />
        <source> (changed in the archive since the export; accepting replaces that)</source>
        <translation> (changed in the archive since the export; accepting replaces that)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="104" />
        <source> (differs from the archive)</source>
        <translation> (differs from the archive)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="109" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="113" />
        <source>%1 on %2 („%3“): %4</source>
        <translation>%1 on %2 („%3“): %4</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="116" />
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="128" />
        <source>Import approval round</source>
        <translation>Import approval round</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="131" />
        <source>%1 was not exported for approval by Pressestelle: its paragraphs were matched with the item's texts by their words.</source>
        <translation>%1 was not exported for approval by Pressestelle: its paragraphs were matched with the item's texts by their words.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="135" />
        <source>Changes and comments in %1. Tick the changes to accept into the item; the others are rejected.</source>
        <translation>Changes and comments in %1. Tick the changes to accept into the item; the others are rejected.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="149" />
        <source>No changes to the texts.</source>
        <translation>No changes to the texts.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="153" />
        <source>Choose a change to see the whole text before and after it.</source>
        <translation>Choose a change to see the whole text before and after it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="155" />
        <source>Accept &amp;all</source>
        <translation>Accept &amp;all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="156" />
        <source>Re&amp;ject all</source>
        <translation>Re&amp;ject all</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="161" />
        <source>Not taken (quotation marks and attributions are written by the application): %1</source>
        <translation>Not taken (quotation marks and attributions are written by the application): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="165" />
        <source>Removed %1 invisible direction or format characters (the first: %2) from the file's texts.</source>
        <translation>Removed %1 invisible direction or format characters (the first: %2) from the file's texts.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="168" />
        <source>No comments.</source>
        <translation>No comments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_round_dialog.py" line="169" />
        <source>&amp;Mark the %n quote(s) of this round approved by:</source>
        <translation>
            <numerusform>&amp;Mark the %n quote of this round approved by:</numerusform>
            <numerusform>&amp;Mark the %n quotes of this round approved by:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="175" />
        <source>e.g. Pressestelle MWAE, Frau Schulz</source>
        <translation>e.g. Pressestelle MWAE, Frau Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="179" />
        <source>Apply and &amp;save</source>
        <translation>Apply and &amp;save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="189" />
        <source>Changes:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="193" />
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="215" />
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round_dialog.py" line="215" />
        <source>After:</source>
        <translation>After:</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="72" />
        <source>Backup copy in progress…</source>
        <translation>Backup copy in progress…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="74" />
        <source>Today's backup copy of the archive is being made in the background. Keep working: what you save now goes into tomorrow's copy, and closing the window does not stop the copy.</source>
        <translation>Today's backup copy of the archive is being made in the background. Keep working: what you save now goes into tomorrow's copy, and closing the window does not stop the copy.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="112" />
        <source>Today's backup copy of the archive is made.</source>
        <translation>Today's backup copy of the archive is made.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/backup_status.py" line="118" />
        <source>The daily backup copy could not be made: %1</source>
        <translation>The daily backup copy could not be made: %1</translation>
    </message>
</context>
<context>
    <name>BlockTableModel</name>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="159" />
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="161" />
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="167" />
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="219" />
        <source>All translations are up to date.</source>
        <translation>All translations are up to date.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="234" />
        <source>%1 stale</source>
        <translation>%1 stale</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="235" />
        <source>%1 missing</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="240" />
        <source>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</source>
        <translation>The source text changed after the %1 translation was written. Check it, then use “Mark as translated”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_table_model.py" line="242" />
        <source>The %1 translation is missing.</source>
        <translation>The %1 translation is missing.</translation>
    </message>
</context>
<context>
    <name>BlockTextDelegate</name>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="322" />
        <source>translation missing</source>
        <translation>translation missing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/block_text_delegate.py" line="324" />
        <source>write here</source>
        <translation>write here</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../editor/gui/commands.py" line="32" />
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="33" />
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="34" />
        <source>Change issue date</source>
        <translation>Change issue date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="35" />
        <source>Change places</source>
        <translation>Change places</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="36" />
        <source>Change issuing organisations</source>
        <translation>Change issuing organisations</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="37" />
        <source>Change topics</source>
        <translation>Change topics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="38" />
        <source>Change embargo</source>
        <translation>Change embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="39" />
        <source>Change internal note</source>
        <translation>Change internal note</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="40" />
        <source>Change languages</source>
        <translation>Change languages</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="41" />
        <source>Change contacts</source>
        <translation>Change contacts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="42" />
        <source>Change source language</source>
        <translation>Change source language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="43" />
        <source>Change event</source>
        <translation>Change event</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="45" />
        <source>Change item</source>
        <translation>Change item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="133" />
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="169" />
        <source>Mark as translated</source>
        <translation>Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="218" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="242" />
        <source>Remove block</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="260" />
        <source>Move block</source>
        <translation>Move block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="275" />
        <source>Change block kind</source>
        <translation>Change block kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="304" />
        <source>Change speakers</source>
        <translation>Change speakers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="324" />
        <source>Change quote layout</source>
        <translation>Change quote layout</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="337" />
        <source>Change verb</source>
        <translation>Change verb</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="376" />
        <source>Add photo</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="393" />
        <source>Choose image</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="415" />
        <source>Change photo</source>
        <translation>Change photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/commands.py" line="466" />
        <source>Insert archived quote</source>
        <translation>Insert archived quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_round.py" line="37" />
        <source>Accept approval round</source>
        <translation>Accept approval round</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="42" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="43" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="44" />
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="89" />
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="92" />
        <source>This item was saved elsewhere (version %1) while you edited version %2. Compare both versions and choose which one to keep; nothing is overwritten unless you say so.</source>
        <translation>This item was saved elsewhere (version %1) while you edited version %2. Compare both versions and choose which one to keep; nothing is overwritten unless you say so.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="101" />
        <source>Keep mine (overwrite)</source>
        <translation>Keep mine (overwrite)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="102" />
        <source>Take theirs (discard mine)</source>
        <translation>Take theirs (discard mine)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="118" />
        <source>Theirs: in the archive (version %1)</source>
        <translation>Theirs: in the archive (version %1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="120" />
        <source>Yours: in the editor, not saved</source>
        <translation>Yours: in the editor, not saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/conflict_dialog.py" line="128" />
        <source>The texts are the same; other details differ.</source>
        <translation>The texts are the same; other details differ.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="32" />
        <source>Press contact</source>
        <translation>Press contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="35" />
        <source>e.g. Dr. Anna Schulz</source>
        <translation>e.g. Dr. Anna Schulz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="37" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="66" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="67" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="69" />
        <source>Function (%1):</source>
        <translation>Function (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="71" />
        <source>Topics (%1):</source>
        <translation>Topics (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="72" />
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="73" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="74" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="92" />
        <source>The e-mail address is not valid. Write it as name@example.org.</source>
        <translation>The e-mail address is not valid. Write it as name@example.org.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_dialog.py" line="96" />
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>The website must be a full web address starting with https:// or http://, without spaces.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="36" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="37" />
        <source>Add a press contact</source>
        <translation>Add a press contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="42" />
        <source>Saved…</source>
        <translation>Saved…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="43" />
        <source>Pick a press contact saved in the directory, or create one there</source>
        <translation>Pick a press contact saved in the directory, or create one there</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="49" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="50" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="85" />
        <source>New saved contact…</source>
        <translation>New saved contact…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contact_list.py" line="181" />
        <source>No press contact yet: use Add…</source>
        <translation>No press contact yet: use Add…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="109" />
        <source>Copying the archive …</source>
        <translation>Copying the archive …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="110" />
        <source>Copy archive</source>
        <translation>Copy archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="133" />
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Copying %1: %2 of %3 rows</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="142" />
        <source>The archive was not copied.</source>
        <translation>The archive was not copied.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="159" />
        <source>The archive was copied and checked: %1 rows, ids, versions and times unchanged.</source>
        <translation>The archive was copied and checked: %1 rows, ids, versions and times unchanged.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="165" />
        <source>Pressestelle opens the copy from its next start on.</source>
        <translation>Pressestelle opens the copy from its next start on.</translation>
    </message>
</context>
<context>
    <name>CopyArchiveDialog</name>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="46" />
        <source>Copy archive</source>
        <translation>Copy archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="51" />
        <source>&amp;File…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="56" />
        <source>&amp;Open the copy from the next start on</source>
        <translation>&amp;Open the copy from the next start on</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="64" />
        <source>Copies every press item, person, quote, photo and draft of %1 into a new archive file or an empty PostgreSQL database, with ids, versions and times unchanged. A target that holds anything is refused. Save the open item first: unsaved changes are not copied.</source>
        <translation>Copies every press item, person, quote, photo and draft of %1 into a new archive file or an empty PostgreSQL database, with ids, versions and times unchanged. A target that holds anything is refused. Save the open item first: unsaved changes are not copied.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="71" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="76" />
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="85" />
        <source>New archive file</source>
        <translation>New archive file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="86" />
        <source>Archive files (*.sqlite)</source>
        <translation>Archive files (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/archive_move.py" line="96" />
        <source>Give a file name or a database address.</source>
        <translation>Give a file name or a database address.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/gui/date_field.py" line="51" />
        <source>“%1” is not a date; type it as %2.</source>
        <translation>“%1” is not a date; type it as %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="60" />
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1” is not a date: there is no month %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="64" />
        <source>“%1” is not a date: the year %2 is out of range.</source>
        <translation>“%1” is not a date: the year %2 is out of range.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="70" />
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>“%1” is not a date: %2 %3 has %4 days.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="79" />
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="80" />
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="81" />
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="100" />
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="101" />
        <source>Type the date as %1 or choose it in the calendar.</source>
        <translation>Type the date as %1 or choose it in the calendar.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="105" />
        <source>Choose in the calendar</source>
        <translation>Choose in the calendar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/date_field.py" line="164" />
        <source>Type a date as %1.</source>
        <translation>Type a date as %1.</translation>
    </message>
</context>
<context>
    <name>DesktopMenu</name>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="38" />
        <source>Pressestelle is in the applications menu now.</source>
        <translation>Pressestelle is in the applications menu now.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="42" />
        <source>Pressestelle is no longer in the applications menu.</source>
        <translation>Pressestelle is no longer in the applications menu.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/desktop_menu.py" line="45" />
        <source>The applications menu entry could not be changed.</source>
        <translation>The applications menu entry could not be changed.</translation>
    </message>
</context>
<context>
    <name>DirectoryContactDialog</name>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="30" />
        <source>Edit press contact</source>
        <translation>Edit press contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="31" />
        <source>New press contact</source>
        <translation>New press contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="42" />
        <source>A press contact needs a name.</source>
        <translation>A press contact needs a name.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="46" />
        <source>The e-mail address is not valid. Write it as name@example.org.</source>
        <translation>The e-mail address is not valid. Write it as name@example.org.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/contact_dialog_dir.py" line="50" />
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>The website must be a full web address starting with https:// or http://, without spaces.</translation>
    </message>
</context>
<context>
    <name>DirectoryDelete</name>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="16" />
        <source>a quote</source>
        <translation>a quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="17" />
        <source>a quote in the autosaved draft</source>
        <translation>a quote in the autosaved draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="19" />
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="20" />
        <source>issuer in the autosaved draft</source>
        <translation>issuer in the autosaved draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="22" />
        <source>event speaker</source>
        <translation>event speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="23" />
        <source>event speaker in the autosaved draft</source>
        <translation>event speaker in the autosaved draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="25" />
        <source>event organiser</source>
        <translation>event organiser</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="26" />
        <source>event organiser in the autosaved draft</source>
        <translation>event organiser in the autosaved draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="28" />
        <source>press contact</source>
        <translation>press contact</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="29" />
        <source>press contact in the autosaved draft</source>
        <translation>press contact in the autosaved draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="31" />
        <source>a role of %1</source>
        <translation>a role of %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="32" />
        <source>the saved press contact %1</source>
        <translation>the saved press contact %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="48" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="62" />
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="63" />
        <source>%1 is still used and was not deleted:</source>
        <translation>%1 is still used and was not deleted:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/usage_box.py" line="68" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/usage_box.py" line="71" />
        <source>&amp;Merge with another person…</source>
        <translation>&amp;Merge with another person…</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="68" />
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="74" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="75" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="76" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="81" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="82" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="83" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="84" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="85" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="89" />
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="90" />
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="91" />
        <source>Press &amp;contacts</source>
        <translation>Press &amp;contacts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="92" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="94" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="103" />
        <source>Changes here are saved at once; notes are never exported.</source>
        <translation>Changes here are saved at once; notes are never exported.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="155" />
        <source>The organisation could not be deleted.</source>
        <translation>The organisation could not be deleted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/window.py" line="176" />
        <source>The press contact could not be deleted.</source>
        <translation>The press contact could not be deleted.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../editor/gui/document_import.py" line="47" />
        <source>Import a folder of old releases</source>
        <translation>Import a folder of old releases</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="53" />
        <source>Import old releases</source>
        <translation>Import old releases</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="54" />
        <source>Releases (*.docx *.html *.htm *.txt *.pdf)</source>
        <translation>Releases (*.docx *.html *.htm *.txt *.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="104" />
        <source>Reading documents…</source>
        <translation>Reading documents…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="105" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="106" />
        <location filename="../../editor/gui/document_import.py" line="176" />
        <location filename="../../editor/gui/document_import.py" line="204" />
        <location filename="../../editor/gui/document_import.py" line="243" />
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="130" />
        <location filename="../../editor/gui/document_import.py" line="146" />
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Reading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="163" />
        <source>The documents could not be read; nothing was changed.</source>
        <translation>The documents could not be read; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="177" />
        <source>No document could be read.</source>
        <translation>No document could be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="190" />
        <source>The documents could not be saved.</source>
        <translation>The documents could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="202" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="203" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="214" />
        <source>Saving %1 (%2 of %3)…</source>
        <translation>Saving %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="230" />
        <source>%n item(s)</source>
        <comment>imported</comment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="231" />
        <source>%n quote(s)</source>
        <comment>imported with</comment>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="232" />
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="233" />
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="234" />
        <source>%n document(s) failed</source>
        <translation>
            <numerusform>%n document failed</numerusform>
            <numerusform>%n documents failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="236" />
        <source>Imported %1 with %2; %3; %4; %5.</source>
        <translation>Imported %1 with %2; %3; %4; %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/document_import.py" line="240" />
        <source>Stopped: %n document(s) were not saved; import them again to add them.</source>
        <translation>
            <numerusform>Stopped: %n document was not saved; import it again to add it.</numerusform>
            <numerusform>Stopped: %n documents were not saved; import them again to add them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/document_import.py" line="250" />
        <source>… and %1 more (Show Details…)</source>
        <translation>… and %1 more (Show Details…)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../editor/gui/errors.py" line="45" />
        <source>Reload the item and apply your changes again.</source>
        <translation>Reload the item and apply your changes again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="47" />
        <source>Correct the field named in the message and try again.</source>
        <translation>Correct the field named in the message and try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="51" />
        <source>The record may have been deleted; refresh the list.</source>
        <translation>The record may have been deleted; refresh the list.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="57" />
        <location filename="../../editor/gui/errors.py" line="100" />
        <source>Check that the archive file is reachable and not read-only.</source>
        <translation>Check that the archive file is reachable and not read-only.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="61" />
        <source>Check the message above, correct the cause and try again.</source>
        <translation>Check the message above, correct the cause and try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="65" />
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="68" />
        <source>This is a program error; it has been written to the log.</source>
        <translation>This is a program error; it has been written to the log.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="76" />
        <source>Free some disk space, then try again.</source>
        <translation>Free some disk space, then try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="78" />
        <source>Check the permissions of the archive file and its folder, or open a copy.</source>
        <translation>Check the permissions of the archive file and its folder, or open a copy.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="81" />
        <source>Check that the archive's folder exists and that you may create files in it.</source>
        <translation>Check that the archive's folder exists and that you may create files in it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="84" />
        <source>Restore the archive from a backup copy.</source>
        <translation>Restore the archive from a backup copy.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="86" />
        <source>Wait a moment, then try again.</source>
        <translation>Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="88" />
        <source>Check the drive and its free space, then try again.</source>
        <translation>Check the drive and its free space, then try again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="91" />
        <source>Check the network and the server; your next action connects again. Unsaved text is kept in the editor and in the recovery copy.</source>
        <translation>Check the network and the server; your next action connects again. Unsaved text is kept in the editor and in the recovery copy.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="95" />
        <source>Check the user name and the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>Check the user name and the password in ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="98" />
        <source>Check the database name in the archive's address (Settings).</source>
        <translation>Check the database name in the archive's address (Settings).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="142" />
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="144" />
        <source>This item was changed in the archive since you opened it.</source>
        <translation>This item was changed in the archive since you opened it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="149" />
        <source>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive's version (your unsaved changes are lost), or cancel, copy your changes and reload later.</source>
        <translation>Your copy is version %1, the archive holds version %2. Saving now would overwrite the other changes.

Reload the archive's version (your unsaved changes are lost), or cancel, copy your changes and reload later.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="159" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="171" />
        <source>Archive busy</source>
        <translation>Archive busy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="173" />
        <source>The archive is busy: another program is writing to it.</source>
        <translation>The archive is busy: another program is writing to it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="179" />
        <source>Nothing was lost: your changes are still in the editor. Try again in a moment, or cancel and save later.</source>
        <translation>Nothing was lost: your changes are still in the editor. Try again in a moment, or cancel and save later.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/errors.py" line="210" />
        <source>An unexpected error occurred.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="66" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="67" />
        <source>%n item(s) will be exported.</source>
        <translation>
            <numerusform>%n item will be exported.</numerusform>
            <numerusform>%n items will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/export_dialog.py" line="73" />
        <source>%n template(s) cannot be used; point at one in the list to see why.</source>
        <translation>
            <numerusform>%n template cannot be used; point at one in the list to see why.</numerusform>
            <numerusform>%n templates cannot be used; point at one in the list to see why.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="81" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="82" />
        <source>Web page (.html)</source>
        <translation>Web page (.html)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="83" />
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="84" />
        <source>Plain text (.txt)</source>
        <translation>Plain text (.txt)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="85" />
        <source>E-mail (.eml)</source>
        <translation>E-mail (.eml)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="88" />
        <source>The Word file converted by LibreOffice (PDF/A-2b), so that it looks exactly like the Word file. Needs LibreOffice installed.</source>
        <translation>The Word file converted by LibreOffice (PDF/A-2b), so that it looks exactly like the Word file. Needs LibreOffice installed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="91" />
        <source>Plain text for news agencies: lines of at most 72 characters, the embargo line on top, the boilerplate and the press contact at the end.</source>
        <translation>Plain text for news agencies: lines of at most 72 characters, the embargo line on top, the boilerplate and the press contact at the end.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="94" />
        <source>An e-mail to open in the mail program: the text and the web page as its body, the Word file and the PDF attached, the headline as its subject (with the embargo in front while it runs). Needs LibreOffice installed.</source>
        <translation>An e-mail to open in the mail program: the text and the web page as its body, the Word file and the PDF attached, the headline as its subject (with the embargo in front while it runs). Needs LibreOffice installed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="98" />
        <source>&amp;Wire-service dateline “Place (ots) – …” in text and e-mail</source>
        <translation>&amp;Wire-service dateline “Place (ots) – …” in text and e-mail</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="101" />
        <source>The plain text opens its lead with the places and (ots) instead of the template's dateline, as news agencies print it.</source>
        <translation>The plain text opens its lead with the places and (ots) instead of the template's dateline, as news agencies print it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="104" />
        <source>Make the web page now although the embargo runs until %1</source>
        <translation>Make the web page now although the embargo runs until %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="109" />
        <source>A web page can be published at once. Word, PDF, text and e-mail files are always allowed: they go to the approval round or ahead to journalists and carry the embargo line.</source>
        <translation>A web page can be published at once. Word, PDF, text and e-mail files are always allowed: they go to the approval round or ahead to journalists and carry the embargo line.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="112" />
        <source>&amp;Draft for approval</source>
        <translation>&amp;Draft for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="115" />
        <source>Marked ENTWURF / DRAFT at the top and showing the editing marks (missing or outdated translations, missing pictures): for the approval round, not for journalists. Written even when the checks find errors.</source>
        <translation>Marked ENTWURF / DRAFT at the top and showing the editing marks (missing or outdated translations, missing pictures): for the approval round, not for journalists. Written even when the checks find errors.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="120" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="123" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="138" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="140" />
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="141" />
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="144" />
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="239" />
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../editor/gui/exporting.py" line="202" />
        <source>The items could not be checked for the export.</source>
        <translation>The items could not be checked for the export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="219" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="220" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="225" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="238" />
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="275" />
        <source>The export failed.</source>
        <translation>The export failed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="289" />
        <source>Please check:</source>
        <translation>Please check:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="291" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/exporting.py" line="293" />
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="297" />
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../editor/gui/fields.py" line="116" />
        <source>undated</source>
        <translation>undated</translation>
    </message>
</context>
<context>
    <name>HeadlineForm</name>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25" />
        <source>Kicker:</source>
        <translation>Kicker:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="25" />
        <source>Headline:</source>
        <translation>Headline:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="26" />
        <source>Subheadline:</source>
        <translation>Subheadline:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="27" />
        <source>Line above the headline</source>
        <translation>Line above the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="28" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="29" />
        <source>Line below the headline</source>
        <translation>Line below the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="102" />
        <source>%1 (source)</source>
        <translation>%1 (source)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="118" />
        <source>The translation is missing.</source>
        <translation>The translation is missing.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/headline_form.py" line="121" />
        <source>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</source>
        <translation>The source text changed after this translation was written. Check it, then use “Mark as translated” (Ctrl+Shift+T).</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <location filename="../../editor/gui/window_history.py" line="43" />
        <source>Choose a saved item in the list first.</source>
        <translation>Choose a saved item in the list first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="66" />
        <source>The deleted items could not be read.</source>
        <translation>The deleted items could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="69" />
        <location filename="../../editor/gui/window_history.py" line="75" />
        <source>Deleted items</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="70" />
        <source>No deleted item has its history kept.</source>
        <translation>No deleted item has its history kept.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_history.py" line="73" />
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="76" />
        <source>Deleted items whose history was kept:</source>
        <translation>Deleted items whose history was kept:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="92" />
        <source>The version could not be restored.</source>
        <translation>The version could not be restored.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="98" />
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restored as version %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="119" />
        <source>The item could not be published.</source>
        <translation>The item could not be published.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="123" />
        <source>Published as a correction (version %1).</source>
        <translation>Published as a correction (version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="124" />
        <source>Published (version %1).</source>
        <translation>Published (version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="131" />
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="132" />
        <source>Delete “%1” from the archive?</source>
        <translation>Delete “%1” from the archive?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="135" />
        <source>Its versions stay in the history (File ▸ Deleted items…) unless you tick the box; then the item cannot be brought back.</source>
        <translation>Its versions stay in the history (File ▸ Deleted items…) unless you tick the box; then the item cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="137" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="138" />
        <source>Also delete its &amp;history (every kept version)</source>
        <translation>Also delete its &amp;history (every kept version)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="154" />
        <location filename="../../editor/gui/window_history.py" line="163" />
        <source>The item could not be deleted.</source>
        <translation>The item could not be deleted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="168" />
        <source>Deleted with its history.</source>
        <translation>Deleted with its history.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_history.py" line="169" />
        <source>Deleted; its versions are kept (File ▸ Deleted items…).</source>
        <translation>Deleted; its versions are kept (File ▸ Deleted items…).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="163" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="168" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="47" />
        <location filename="../../editor/gui/history_dialog.py" line="169" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="43" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="44" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="45" />
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="46" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="48" />
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="49" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="50" />
        <source>Issuers</source>
        <translation>Issuers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="51" />
        <source>Source language</source>
        <translation>Source language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="52" />
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="53" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="54" />
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="55" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="56" />
        <source>Press contacts</source>
        <translation>Press contacts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="57" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="58" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="59" />
        <source>Correction date</source>
        <translation>Correction date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="60" />
        <source>Imported from</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="61" />
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="69" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="70" />
        <source>quote shown</source>
        <translation>quote shown</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="71" />
        <source>photo shown</source>
        <translation>photo shown</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="72" />
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="73" />
        <source>speakers</source>
        <translation>speakers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="74" />
        <source>attribution verb</source>
        <translation>attribution verb</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="75" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="76" />
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="77" />
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="78" />
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="79" />
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="86" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="87" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="99" />
        <source>Block %1 (%2)</source>
        <translation>Block %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="102" />
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="115" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="116" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="117" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="118" />
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="126" />
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="169" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="173" />
        <source>Changes made in this version</source>
        <translation>Changes made in this version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="174" />
        <source>Differences to the current version</source>
        <translation>Differences to the current version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="178" />
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="180" />
        <source>Save this version again as the newest one; every version stays in the history</source>
        <translation>Save this version again as the newest one; every version stays in the history</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="189" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="219" />
        <source>The history could not be read.</source>
        <translation>The history could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="222" />
        <source>Versions of “%1”</source>
        <translation>Versions of “%1”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="224" />
        <source>(deleted: restoring a version brings it back)</source>
        <translation>(deleted: restoring a version brings it back)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="230" />
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="273" />
        <source>The first version kept: there is nothing earlier to compare it with.</source>
        <translation>The first version kept: there is nothing earlier to compare it with.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="278" />
        <source>The version could not be read.</source>
        <translation>The version could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="282" />
        <source>This is the current version.</source>
        <translation>This is the current version.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="284" />
        <source>From version %1 to version %2</source>
        <translation>From version %1 to version %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="290" />
        <source>Restore version</source>
        <translation>Restore version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/history_dialog.py" line="291" />
        <source>Restore version %1? It is saved as a new version; the versions in between stay in the history.</source>
        <translation>Restore version %1? It is saved as a new version; the versions in between stay in the history.</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="68" />
        <source>this kind of file is not read (use .docx, .html, .txt or .pdf)</source>
        <translation>this kind of file is not read (use .docx, .html, .txt or .pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="70" />
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="71" />
        <source>the file is larger than %1 MB</source>
        <translation>the file is larger than %1 MB</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="72" />
        <source>the document is encrypted or an old Word (.doc) file; save it unprotected as .docx</source>
        <translation>the document is encrypted or an old Word (.doc) file; save it unprotected as .docx</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="75" />
        <source>the document is damaged</source>
        <translation>the document is damaged</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="76" />
        <source>the document unpacks to far more than a release holds (a ZIP bomb?); it was not opened</source>
        <translation>the document unpacks to far more than a release holds (a ZIP bomb?); it was not opened</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="79" />
        <source>the text is neither UTF-8 nor Windows-1252; save it as UTF-8</source>
        <translation>the text is neither UTF-8 nor Windows-1252; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="81" />
        <source>the document has no text (a scan?)</source>
        <translation>the document has no text (a scan?)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="82" />
        <source>reading the PDF took longer than %1 seconds</source>
        <translation>reading the PDF took longer than %1 seconds</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="84" />
        <source>PDF files need pdftotext (Debian package poppler-utils)</source>
        <translation>PDF files need pdftotext (Debian package poppler-utils)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="86" />
        <source>the document has more than %1 paragraphs, table cells and list items, far more than a release; it was not read</source>
        <translation>the document has more than %1 paragraphs, table cells and list items, far more than a release; it was not read</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="89" />
        <source>the PDF holds more than %1 MB of text, far more than a release; it was not read</source>
        <translation>the PDF holds more than %1 MB of text, far more than a release; it was not read</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="92" />
        <source>the text holds a control character (%1), which no release has; is it a binary file?</source>
        <translation>the text holds a control character (%1), which no release has; is it a binary file?</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="118" />
        <source>Review imported documents</source>
        <translation>Review imported documents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="142" />
        <source>Dachzeile: the short line above the headline</source>
        <translation>Dachzeile: the short line above the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="145" />
        <source>Unterzeile: the line below the headline</source>
        <translation>Unterzeile: the line below the headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="148" />
        <source>Potsdam / Magdeburg</source>
        <translation>Potsdam / Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="149" />
        <source>The places of the dateline, separated by “/”</source>
        <translation>The places of the dateline, separated by “/”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="155" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="156" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="157" />
        <source>The status the imported item starts with</source>
        <translation>The status the imported item starts with</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166" />
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166" />
        <location filename="../../editor/gui/import_review_dialog.py" line="418" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166" />
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="166" />
        <source>Role as written</source>
        <translation>Role as written</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="177" />
        <source>Double-click a quote's words or its role to correct them</source>
        <translation>Double-click a quote's words or its role to correct them</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="180" />
        <source>Attribute the selected quote to another person</source>
        <translation>Attribute the selected quote to another person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="182" />
        <source>or type a name, e.g. Dr. Anna Beispiel, Ministerin</source>
        <translation>or type a name, e.g. Dr. Anna Beispiel, Ministerin</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="184" />
        <source>Attribute the selected quote to the person typed (a new person unless the archive has the name); a role may follow after a comma</source>
        <translation>Attribute the selected quote to the person typed (a new person unless the archive has the name); a role may follow after a comma</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="187" />
        <source>&amp;Attribute</source>
        <translation>&amp;Attribute</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="194" />
        <source>Uncheck a person who should not be created; their quotes keep the name only as written</source>
        <translation>Uncheck a person who should not be created; their quotes keep the name only as written</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="197" />
        <source>Approved (as published)</source>
        <translation>Approved (as published)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="198" />
        <source>Not yet approved</source>
        <translation>Not yet approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="212" />
        <source>These documents were not read; nothing of them is imported. The others are not affected.</source>
        <translation>These documents were not read; nothing of them is imported. The others are not affected.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="214" />
        <source>Import &amp;this document</source>
        <translation>Import &amp;this document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="215" />
        <source>Import &amp;all checked documents</source>
        <translation>Import &amp;all checked documents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="220" />
        <source>Press item</source>
        <translation>Press item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="222" />
        <source>Dachzeile</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="223" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="224" />
        <source>Unterzeile</source>
        <translation>Unterzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="225" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="226" />
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="228" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="229" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="230" />
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="231" />
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="235" />
        <source>Speaker of the selected quote:</source>
        <translation>Speaker of the selected quote:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="237" />
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="245" />
        <source>Where it stands in the document:</source>
        <translation>Where it stands in the document:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="252" />
        <source>New people (uncheck to reject one):</source>
        <translation>New people (uncheck to reject one):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="306" />
        <source>%1 (already in the archive)</source>
        <translation>%1 (already in the archive)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="309" />
        <source>The archive already has an item with this headline and date or this text; check it to import it anyway.</source>
        <translation>The archive already has an item with this headline and date or this text; check it to import it anyway.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="319" />
        <source>Not read (%1):</source>
        <translation>Not read (%1):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/import_review_dialog.py" line="324" />
        <source>%n document(s) read, %1 of them already in the archive; %2 not read</source>
        <translation>
            <numerusform>%n document read, %1 of them already in the archive; %2 not read</numerusform>
            <numerusform>%n documents read, %1 of them already in the archive; %2 not read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="400" />
        <source>Imported from: %1</source>
        <translation>Imported from: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="402" />
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="405" />
        <source>Embargo: %1</source>
        <translation>Embargo: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="410" />
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="412" />
        <source>Press contacts: %1</source>
        <translation>Press contacts: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="417" />
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="417" />
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="418" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="419" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="439" />
        <source>Removed %1 invisible direction or format characters (the first: %2 at position %3 of block %4)</source>
        <translation>Removed %1 invisible direction or format characters (the first: %2 at position %3 of block %4)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="445" />
        <source>Location data (GPS) and other camera details were removed from %1 photos</source>
        <translation>Location data (GPS) and other camera details were removed from %1 photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="448" />
        <source>Camera details and other metadata were removed from %1 photos</source>
        <translation>Camera details and other metadata were removed from %1 photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="460" />
        <source>The headline cannot be empty; the last one is kept.</source>
        <translation>The headline cannot be empty; the last one is kept.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="536" />
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="564" />
        <source>A quote needs words; to drop it, uncheck “Use”.</source>
        <translation>A quote needs words; to drop it, uncheck “Use”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="586" />
        <source>“%1” is no person's name; type given and family name, e.g. Anna Beispiel.</source>
        <translation>“%1” is no person's name; type given and family name, e.g. Anna Beispiel.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="622" />
        <source>(as found)</source>
        <translation>(as found)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="676" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_review_dialog.py" line="678" />
        <source>Will be created: people: %1; roles: %2; organisations: %3</source>
        <translation>Will be created: people: %1; roles: %2; organisations: %3</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../editor/gui/importing.py" line="29" />
        <source>Import press items</source>
        <translation>Import press items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="30" />
        <source>Interchange files (*.json)</source>
        <translation>Interchange files (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/importing.py" line="46" />
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>%n item imported.</numerusform>
            <numerusform>%n items imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="59" />
        <source>The files could not be imported; nothing was changed.</source>
        <translation>The files could not be imported; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="87" />
        <source>Invisible direction or format characters were removed from %1 texts (the first: %2 in %3).</source>
        <translation>Invisible direction or format characters were removed from %1 texts (the first: %2 in %3).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="93" />
        <source>Location data (GPS) and other camera details were removed from %1 photos.</source>
        <translation>Location data (GPS) and other camera details were removed from %1 photos.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="96" />
        <source>Camera details and other metadata were removed from %1 photos.</source>
        <translation>Camera details and other metadata were removed from %1 photos.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="102" />
        <source>Person %1 was merged into %2 in this archive earlier; the file's references to %1 are taken as %2.</source>
        <translation>Person %1 was merged into %2 in this archive earlier; the file's references to %1 are taken as %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="109" />
        <source>Items already in the archive</source>
        <translation>Items already in the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/importing.py" line="110" />
        <source>The archive already has %1 of these items (%2). Replace them with the imported ones?</source>
        <translation>The archive already has %1 of these items (%2). Replace them with the imported ones?</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../editor/gui/info_bar.py" line="25" />
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="99" />
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="100" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="232" />
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="239" />
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="242" />
        <source>Photos not added</source>
        <translation>Photos not added</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="243" />
        <source>These files were not added: only JPEG, PNG and WebP images of up to 30 MB can be used as photos.</source>
        <translation>These files were not added: only JPEG, PNG and WebP images of up to 30 MB can be used as photos.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="252" />
        <source>Location data (GPS) and other camera details were removed from %1; exports never carry them.</source>
        <translation>Location data (GPS) and other camera details were removed from %1; exports never carry them.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="255" />
        <source>Camera details and other metadata were removed from %1; exports never carry them.</source>
        <translation>Camera details and other metadata were removed from %1; exports never carry them.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="263" />
        <source>Choose image</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="317" />
        <source>Mark as translated</source>
        <translation>Mark as translated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="342" />
        <source>Insert link</source>
        <translation>Insert link</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_editor.py" line="342" />
        <source>Address (URL):</source>
        <translation>Address (URL):</translation>
    </message>
</context>
<context>
    <name>ItemFilterBar</name>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="32" />
        <source>Search headlines and text…</source>
        <translation>Search headlines and text…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="35" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="37" />
        <source>Show or hide the filters</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="40" />
        <location filename="../../editor/gui/item_filter_bar.py" line="44" />
        <location filename="../../editor/gui/item_filter_bar.py" line="50" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="48" />
        <source>e.g. Strukturwandel</source>
        <translation>e.g. Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="58" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="78" />
        <source>Issued from:</source>
        <translation>Issued from:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="79" />
        <source>Issued until:</source>
        <translation>Issued until:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="74" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="75" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="76" />
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_filter_bar.py" line="77" />
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="142" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="142" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="143" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="143" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="172" />
        <source>Not saved yet: Ctrl+S stores it in the archive.</source>
        <translation>Not saved yet: Ctrl+S stores it in the archive.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="190" />
        <source>New press release (not saved yet)</source>
        <translation>New press release (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/item_list_model.py" line="191" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <location filename="../../editor/gui/item_list_panel.py" line="152" />
        <source>More than %1 items; scroll for more</source>
        <translation>More than %1 items; scroll for more</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/item_list_panel.py" line="154" />
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
        <location filename="../../editor/gui/labels.py" line="14" />
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="15" />
        <source>Event report</source>
        <translation>Event report</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="16" />
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="22" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="23" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="24" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="25" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="26" />
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="27" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="33" />
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="34" />
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="35" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="36" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="37" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="73" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../editor/gui/labels.py" line="74" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="259" />
        <source>The item could not be opened.</source>
        <translation>The item could not be opened.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/saving.py" line="52" />
        <location filename="../../editor/gui/saving.py" line="67" />
        <source>The item could not be saved.</source>
        <translation>The item could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="171" />
        <source>The archive could not be opened.</source>
        <translation>The archive could not be opened.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="264" />
        <source>This item is open in another window with unsaved changes (last stored %1). Saving here will ask which version to keep.</source>
        <translation>This item is open in another window with unsaved changes (last stored %1). Saving here will ask which version to keep.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="280" />
        <source>The autosaved drafts could not be read.</source>
        <translation>The autosaved drafts could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="305" />
        <source>Unsaved changes from %1 were recovered.</source>
        <translation>Unsaved changes from %1 were recovered.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="309" />
        <source>The archive has a newer version; saving will ask which one to keep.</source>
        <translation>The archive has a newer version; saving will ask which one to keep.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="384" />
        <source>Saved (version %1).</source>
        <translation>Saved (version %1).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="406" />
        <source>Version %1, saved elsewhere, is shown.</source>
        <translation>Version %1, saved elsewhere, is shown.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="409" />
        <source>Someone else saved this item (version %1). Saving will show both versions so that you can choose; reloading drops your changes.</source>
        <translation>Someone else saved this item (version %1). Saving will show both versions so that you can choose; reloading drops your changes.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="485" />
        <location filename="../../editor/gui/main_window.py" line="522" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="486" />
        <source>The open item has unsaved changes. Save them?</source>
        <translation>The open item has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="519" />
        <source>New press release</source>
        <translation>New press release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="523" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="579" />
        <source>Autosave failed, retrying: %1</source>
        <translation>Autosave failed, retrying: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/exporting.py" line="66" />
        <source>%n file(s) exported.</source>
        <translation>
            <numerusform>%n file exported.</numerusform>
            <numerusform>%n files exported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="167" />
        <source>The templates could not be read.</source>
        <translation>The templates could not be read.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/exporting.py" line="173" />
        <source>The items could not be loaded for the export.</source>
        <translation>The items could not be loaded for the export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="691" />
        <source>About Pressestelle</source>
        <translation>About Pressestelle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="692" />
        <source>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pressestelle&lt;/h3&gt;&lt;p&gt;Bilingual press releases, exports and a quote archive for press offices.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="92" />
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="113" />
        <source>Your name could not be saved.</source>
        <translation>Your name could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_state.py" line="119" />
        <source>The gender-language policy could not be saved.</source>
        <translation>The gender-language policy could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="706" />
        <source>Preview: %1 ms</source>
        <translation>Preview: %1 ms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="18" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="20" />
        <source>Recent &amp;items</source>
        <translation>Recent &amp;items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="31" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="37" />
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="41" />
        <source>Change &amp;kind to</source>
        <translation>Change &amp;kind to</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="45" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="48" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="49" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="53" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_menus.py" line="66" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../editor/gui/manual_window.py" line="19" />
        <source>Pressestelle manual</source>
        <translation>Pressestelle manual</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="27" />
        <source>Merge duplicate people</source>
        <translation>Merge duplicate people</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="31" />
        <source>Which entry stays? The other one is removed; its quotes, items and roles move to the one that stays.</source>
        <translation>Which entry stays? The other one is removed; its quotes, items and roles move to the one that stays.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="44" />
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="72" />
        <source>%1 stays; %2 is removed.</source>
        <translation>%1 stays; %2 is removed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="74" />
        <source>%n quote(s) move</source>
        <translation>
            <numerusform>%n quote moves</numerusform>
            <numerusform>%n quotes move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="75" />
        <source>in %n item(s).</source>
        <translation>
            <numerusform>in %n item.</numerusform>
            <numerusform>in %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/merge_dialog.py" line="76" />
        <source>%n role(s) move.</source>
        <translation>
            <numerusform>%n role moves.</numerusform>
            <numerusform>%n roles move.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/merge_dialog.py" line="77" />
        <source>Undo in the directory window takes the merge back.</source>
        <translation>Undo in the directory window takes the merge back.</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="95" />
        <source>e.g. Potsdam/Magdeburg</source>
        <translation>e.g. Potsdam/Magdeburg</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="101" />
        <source>Create organisation…</source>
        <translation>Create organisation…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="104" />
        <source>Add a new organisation to the archive and mark it as an issuer</source>
        <translation>Add a new organisation to the archive and mark it as an issuer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="109" />
        <source>Comma-separated, e.g. Smart Country, Strukturwandel</source>
        <translation>Comma-separated, e.g. Smart Country, Strukturwandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="110" />
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="124" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="127" />
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="128" />
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="129" />
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="130" />
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="136" />
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="138" />
        <source>How many took part; choose “about” or “more than” for an estimate</source>
        <translation>How many took part; choose “about” or “more than” for an estimate</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="142" />
        <source>Notes for the press office only</source>
        <translation>Notes for the press office only</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="156" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="157" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="158" />
        <source>Issue &amp;date:</source>
        <translation>Issue &amp;date:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="159" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="165" />
        <source>Written first in:</source>
        <translation>Written first in:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="168" />
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="169" />
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="173" />
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="174" />
        <source>T&amp;opics:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="175" />
        <source>Press contacts:</source>
        <translation>Press contacts:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="178" />
        <source>Not before:</source>
        <translation>Not before:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="181" />
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="186" />
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="189" />
        <source>Internal – never exported</source>
        <translation>Internal – never exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="315" />
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="317" />
        <source>Imported from %1 on %2</source>
        <translation>Imported from %1 on %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="401" />
        <source>The embargo ended on %1 at %2: it holds nothing back any more. Set a time still to come, or switch the embargo off.</source>
        <translation>The embargo ended on %1 at %2: it holds nothing back any more. Set a time still to come, or switch the embargo off.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="407" />
        <source>The embargo ends on %1, before the issue date %2: journalists could publish before the release is issued.</source>
        <translation>The embargo ends on %1, before the issue date %2: journalists could publish before the release is issued.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/metadata_form.py" line="434" />
        <source>Change source language</source>
        <translation>Change source language</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="55" />
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="56" />
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="71" />
        <source>“About …” paragraph; **bold**, *italic* and [links](https://…) work</source>
        <translation>“About …” paragraph; **bold**, *italic* and [links](https://…) work</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="77" />
        <source>Choose &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="79" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="87" />
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="89" />
        <source>Full name (%1):</source>
        <translation>Full name (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="92" />
        <source>Boilerplate (%1):</source>
        <translation>Boilerplate (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="94" />
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="95" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="114" />
        <source>%1 picture, %2 KB (saved with OK)</source>
        <translation>%1 picture, %2 KB (saved with OK)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="118" />
        <source>a logo is stored</source>
        <translation>a logo is stored</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="120" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="127" />
        <source>Logo of the organisation</source>
        <translation>Logo of the organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="128" />
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="166" />
        <source>The website must be a full web address starting with https:// or http://, without spaces.</source>
        <translation>The website must be a full web address starting with https:// or http://, without spaces.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/organisation_dialog.py" line="170" />
        <source>An organisation needs a short name.</source>
        <translation>An organisation needs a short name.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="55" />
        <source>Search people as you type (ä = ae = a)…</source>
        <translation>Search people as you type (ä = ae = a)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="57" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="58" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="70" />
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="71" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="72" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="73" />
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="74" />
        <source>Select two entries of one person to merge them</source>
        <translation>Select two entries of one person to merge them</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="81" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="83" />
        <source>Function title</source>
        <translation>Function title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="85" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="86" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="87" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="98" />
        <source>&amp;Add role…</source>
        <translation>&amp;Add role…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="99" />
        <source>Edit &amp;role…</source>
        <translation>Edit &amp;role…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="100" />
        <source>E&amp;nd role…</source>
        <translation>E&amp;nd role…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="101" />
        <source>Delete r&amp;ole</source>
        <translation>Delete r&amp;ole</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="122" />
        <source>Roles over time:</source>
        <translation>Roles over time:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="185" />
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="187" />
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="188" />
        <source>current</source>
        <translation>current</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/directory/people_page.py" line="194" />
        <source>%n people chosen: Merge… joins two entries of one person.</source>
        <translation>
            <numerusform>%n person chosen: Merge… joins two entries of one person.</numerusform>
            <numerusform>%n people chosen: Merge… joins two entries of one person.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="196" />
        <source>Choose a person to see their roles.</source>
        <translation>Choose a person to see their roles.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="199" />
        <source>Gender: %1</source>
        <translation>Gender: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="202" />
        <source>Title in English: %1</source>
        <translation>Title in English: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="205" />
        <source>Notes (never exported): %1</source>
        <translation>Notes (never exported): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="254" />
        <source>The person could not be deleted.</source>
        <translation>The person could not be deleted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="263" />
        <source>Merge with</source>
        <translation>Merge with</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="264" />
        <source>Which entry is the same person as %1?</source>
        <translation>Which entry is the same person as %1?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="281" />
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="307" />
        <source>End role of %1</source>
        <translation>End role of %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/people_page.py" line="321" />
        <source>The role could not be deleted.</source>
        <translation>The role could not be deleted.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="38" />
        <source>female (die …)</source>
        <translation>female (die …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="39" />
        <source>male (der …)</source>
        <translation>male (der …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="40" />
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="61" />
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="61" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="66" />
        <source>only where it differs, e.g. Prof.</source>
        <translation>only where it differs, e.g. Prof.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="74" />
        <source>Internal: never exported</source>
        <translation>Internal: never exported</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="79" />
        <source>&amp;Title / honorific:</source>
        <translation>&amp;Title / honorific:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="80" />
        <source>Title in &amp;English:</source>
        <translation>Title in &amp;English:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="82" />
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="83" />
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="84" />
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="85" />
        <source>&amp;Notes (never exported):</source>
        <translation>&amp;Notes (never exported):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="87" />
        <source>Role held</source>
        <translation>Role held</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="93" />
        <source>New &amp;organisation…</source>
        <translation>New &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="105" />
        <source>for joint quotes, e.g. Geschäftsführer</source>
        <translation>for joint quotes, e.g. Geschäftsführer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="107" />
        <source>e.g. managing directors</source>
        <translation>e.g. managing directors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="112" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="113" />
        <source>Function title (German):</source>
        <translation>Function title (German):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="114" />
        <source>Function title (English):</source>
        <translation>Function title (English):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="115" />
        <source>Plural (German):</source>
        <translation>Plural (German):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="116" />
        <source>Plural (English):</source>
        <translation>Plural (English):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="118" />
        <source>Held since:</source>
        <translation>Held since:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="145" />
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/person_dialog.py" line="201" />
        <source>Write the function title, or untick “Role held”.</source>
        <translation>Write the function title, or untick “Role held”.</translation>
    </message>
</context>
<context>
    <name>PhotoCleanup</name>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="27" />
        <location filename="../../editor/gui/photo_cleanup.py" line="35" />
        <source>Delete unused photos</source>
        <translation>Delete unused photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="43" />
        <source>The photos could not be checked.</source>
        <translation>The photos could not be checked.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="47" />
        <source>No stored photo is unused: %1 in use, %2 stored within the last hour kept.</source>
        <translation>No stored photo is unused: %1 in use, %2 stored within the last hour kept.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="52" />
        <source>%1 stored photos (%2 MB) are used by no item, draft, kept version or logo. Delete them? Photos in use stay, and so do photos stored within the last hour.</source>
        <translation>%1 stored photos (%2 MB) are used by no item, draft, kept version or logo. Delete them? Photos in use stay, and so do photos stored within the last hour.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="62" />
        <source>The photos were not deleted.</source>
        <translation>The photos were not deleted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_cleanup.py" line="64" />
        <source>%1 unused photos deleted (%2 MB).</source>
        <translation>%1 unused photos deleted (%2 MB).</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="32" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="45" />
        <source>Choose &amp;image…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="51" />
        <source>Caption (%1)</source>
        <translation>Caption (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="54" />
        <source>Describe the picture for blind readers (%1)</source>
        <translation>Describe the picture for blind readers (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="58" />
        <source>e.g. Rainer Weisflog (printed as © …)</source>
        <translation>e.g. Rainer Weisflog (printed as © …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="61" />
        <source>e.g. free for reporting on this release</source>
        <translation>e.g. free for reporting on this release</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="72" />
        <source>Picture:</source>
        <translation>Picture:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="73" />
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="74" />
        <source>Alt text:</source>
        <translation>Alt text:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="75" />
        <source>Credit:</source>
        <translation>Credit:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="76" />
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="137" />
        <source>No image chosen yet.</source>
        <translation>No image chosen yet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="158" />
        <location filename="../../editor/gui/photo_panel.py" line="164" />
        <source>Missing: choose the image again.</source>
        <translation>Missing: choose the image again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="159" />
        <source>The archive has no picture for this photo.</source>
        <translation>The archive has no picture for this photo.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="167" />
        <source>%1, %2 × %3 px, %4 KB</source>
        <translation>%1, %2 × %3 px, %4 KB</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="171" />
        <source>A copy kept in the archive (SHA-256 %1)</source>
        <translation>A copy kept in the archive (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="184" />
        <source>(no picture)</source>
        <translation>(no picture)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photo_panel.py" line="185" />
        <source>(cannot be shown)</source>
        <translation>(cannot be shown)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="21" />
        <source>The headline is empty.</source>
        <translation>The headline is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="22" />
        <source>The {lang} text is missing.</source>
        <translation>The {lang} text is missing.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="23" />
        <source>The {lang} translation is older than the source text.</source>
        <translation>The {lang} translation is older than the source text.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="25" />
        <source>The quote has no speaker.</source>
        <translation>The quote has no speaker.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="26" />
        <source>The embargo ends on {embargo}, before the issue date {issued}.</source>
        <translation>The embargo ends on {embargo}, before the issue date {issued}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="28" />
        <source>Photo {photo} has no picture in the archive.</source>
        <translation>Photo {photo} has no picture in the archive.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="30" />
        <source>The quote of {speakers} is not approved ({status}).</source>
        <translation>The quote of {speakers} is not approved ({status}).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="32" />
        <source>The item has no date, so the role of {person} is not known and is left out.</source>
        <translation>The item has no date, so the role of {person} is not known and is left out.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="35" />
        <source>The item has neither a date nor places, so its lead has no dateline.</source>
        <translation>The item has neither a date nor places, so its lead has no dateline.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="37" />
        <source>The headline has {count} characters; agencies take about {limit}.</source>
        <translation>The headline has {count} characters; agencies take about {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="39" />
        <source>The subheadline has {count} characters; agencies take about {limit}.</source>
        <translation>The subheadline has {count} characters; agencies take about {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="42" />
        <source>The text has {count} characters; a release should stay under {limit}.</source>
        <translation>The text has {count} characters; a release should stay under {limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="45" />
        <source>The item has {count} quotes; agencies print {limit} at most.</source>
        <translation>The item has {count} quotes; agencies print {limit} at most.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="47" />
        <source>The text opens with a quote; agencies want the news first.</source>
        <translation>The text opens with a quote; agencies want the news first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="49" />
        <source>The attribution verb “{verb}” is used {count} times.</source>
        <translation>The attribution verb “{verb}” is used {count} times.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="51" />
        <source>“{word}” does not follow the archive's gender-language policy ({policy}): write “{suggestion}”.</source>
        <translation>“{word}” does not follow the archive's gender-language policy ({policy}): write “{suggestion}”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="57" />
        <source>No policy</source>
        <translation>No policy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="58" />
        <source>Paarform (Bürgerinnen und Bürger)</source>
        <translation>Paarform (Bürgerinnen und Bürger)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="59" />
        <source>Doppelpunkt (Bürger:innen)</source>
        <translation>Doppelpunkt (Bürger:innen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="60" />
        <source>Sternchen (Bürger*innen)</source>
        <translation>Sternchen (Bürger*innen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="64" />
        <source>Kicker</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="65" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="66" />
        <source>Subheadline</source>
        <translation>Subheadline</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="67" />
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="68" />
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="69" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="73" />
        <source>Quote in block %1</source>
        <translation>Quote in block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="74" />
        <source>Photo in block %1</source>
        <translation>Photo in block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="75" />
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="76" />
        <source>Whole text</source>
        <translation>Whole text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_words.py" line="77" />
        <source>(no speaker)</source>
        <translation>(no speaker)</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="43" />
        <source>Check before export</source>
        <translation>Check before export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="51" />
        <source>%n error(s) must be corrected before this export.</source>
        <translation>
            <numerusform>%n error must be corrected before this export.</numerusform>
            <numerusform>%n errors must be corrected before this export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="52" />
        <source>Double-click a line to go there, or export a draft for approval instead.</source>
        <translation>Double-click a line to go there, or export a draft for approval instead.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="55" />
        <source>%n error(s) found; the draft for approval shows them marked.</source>
        <translation>
            <numerusform>%n error found; the draft for approval shows it marked.</numerusform>
            <numerusform>%n errors found; the draft for approval shows them marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/preflight_dialog.py" line="58" />
        <source>%n warning(s): check them, or export anyway.</source>
        <translation>
            <numerusform>%n warning: check it, or export anyway.</numerusform>
            <numerusform>%n warnings: check them, or export anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="67" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="67" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="90" />
        <source>&amp;Go there</source>
        <translation>&amp;Go there</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="98" />
        <source>Export draft</source>
        <translation>Export draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight_dialog.py" line="98" />
        <source>Export anyway</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="222" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="223" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="283" />
        <source>No HTML template is installed.</source>
        <translation>No HTML template is installed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="316" />
        <source>Preview not updated: %1</source>
        <translation>Preview not updated: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="349" />
        <source>Link not opened: only web, e-mail and phone links are opened (%1)</source>
        <translation>Link not opened: only web, e-mail and phone links are opened (%1)</translation>
    </message>
</context>
<context>
    <name>QuoteApprovalBar</name>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="68" />
        <source>Send for approval…</source>
        <translation>Send for approval…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="70" />
        <source>Mark approved…</source>
        <translation>Mark approved…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="72" />
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="74" />
        <source>All quotes</source>
        <translation>All quotes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="76" />
        <source>The same step for every quote of this item</source>
        <translation>The same step for every quote of this item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="78" />
        <source>Send all quotes for approval…</source>
        <translation>Send all quotes for approval…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="79" />
        <source>Mark all quotes approved…</source>
        <translation>Mark all quotes approved…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="80" />
        <source>Reject all quotes…</source>
        <translation>Reject all quotes…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="121" />
        <source>Record that the quote went to the speaker's office for approval</source>
        <translation>Record that the quote went to the speaker's office for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="123" />
        <source>Record who approved the quote, and when</source>
        <translation>Record who approved the quote, and when</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="124" />
        <source>Record that the quote was rejected, and why</source>
        <translation>Record that the quote was rejected, and why</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="149" />
        <source>to %1, %2</source>
        <translation>to %1, %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="152" />
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="155" />
        <source>the text was edited after the approval: send it again</source>
        <translation>the text was edited after the approval: send it again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="160" />
        <source>by %1, %2: %3</source>
        <translation>by %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="164" />
        <source>Approval: %1</source>
        <translation>Approval: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="183" />
        <source>This item has no quotes.</source>
        <translation>This item has no quotes.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="193" />
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="196" />
        <source>Mark approved</source>
        <translation>Mark approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="199" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="209" />
        <source>No quote needed this step.</source>
        <translation>No quote needed this step.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="215" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_approval_bar.py" line="216" />
        <source>This approval step is not possible.</source>
        <translation>This approval step is not possible.</translation>
    </message>
</context>
<context>
    <name>QuoteArchiveController</name>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="57" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="58" />
        <location filename="../../editor/gui/window_quotes.py" line="80" />
        <source>Quote archive</source>
        <translation>Quote archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="126" />
        <source>Open or create a press item to insert the quote into.</source>
        <translation>Open or create a press item to insert the quote into.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="131" />
        <source>The quote could not be inserted.</source>
        <translation>The quote could not be inserted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="134" />
        <source>Quote inserted as a new block; Undo removes it.</source>
        <translation>Quote inserted as a new block; Undo removes it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="144" />
        <source>Folder for the quote dossier</source>
        <translation>Folder for the quote dossier</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="160" />
        <source>The quote dossier could not be exported.</source>
        <translation>The quote dossier could not be exported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="162" />
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="165" />
        <source>%n quote(s) under embargo left out.</source>
        <translation>
            <numerusform>%n quote under embargo left out.</numerusform>
            <numerusform>%n quotes under embargo left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="173" />
        <source>Quotes under embargo</source>
        <translation>Quotes under embargo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/window_quotes.py" line="175" />
        <source>%n quote(s) of this person belong to items whose embargo has not ended.</source>
        <translation>
            <numerusform>%n quote of this person belongs to an item whose embargo has not ended.</numerusform>
            <numerusform>%n quotes of this person belong to items whose embargo has not ended.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="178" />
        <source>Leave them out</source>
        <translation>Leave them out</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_quotes.py" line="179" />
        <source>Include them, marked with the embargo</source>
        <translation>Include them, marked with the embargo</translation>
    </message>
</context>
<context>
    <name>QuoteArchiveWidget</name>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="251" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="251" />
        <location filename="../../editor/gui/quote_archive_widget.py" line="274" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="252" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="252" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="253" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="253" />
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="254" />
        <source>Said</source>
        <translation>Said</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="259" />
        <source>Words, "a phrase" or a prefix* – e.g. förder, wandel</source>
        <translation>Words, "a phrase" or a prefix* – e.g. förder, wandel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="260" />
        <source>Name or part of it</source>
        <translation>Name or part of it</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="261" />
        <source>Organisation of the role</source>
        <translation>Organisation of the role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="262" />
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="265" />
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="266" />
        <source>Date, newest first</source>
        <translation>Date, newest first</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="254" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="255" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="268" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="269" />
        <source>Include quotes under embargo</source>
        <translation>Include quotes under embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="271" />
        <source>Quotes of items whose embargo has not ended are left out unless this is ticked; then they are shown in red with the embargo</source>
        <translation>Quotes of items whose embargo has not ended are left out unless this is ticked; then they are shown in red with the embargo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="273" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="275" />
        <source>Open press item</source>
        <translation>Open press item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="276" />
        <source>Insert into the current item</source>
        <translation>Insert into the current item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="277" />
        <source>Copy with attribution (German)</source>
        <translation>Copy with attribution (German)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="278" />
        <source>Copy with attribution (English)</source>
        <translation>Copy with attribution (English)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="279" />
        <source>All quotes of this speaker</source>
        <translation>All quotes of this speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="280" />
        <source>Export dossier…</source>
        <translation>Export dossier…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="282" />
        <source>All quotes of this speaker, grouped by role, as a Word file and a web page</source>
        <translation>All quotes of this speaker, grouped by role, as a Word file and a web page</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="283" />
        <source>In German…</source>
        <translation>In German…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="284" />
        <source>In English…</source>
        <translation>In English…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_archive_widget.py" line="334" />
        <source>Counting the quotes found …</source>
        <translation>Counting the quotes found …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_archive_widget.py" line="338" />
        <location filename="../../editor/gui/quote_archive_widget.py" line="423" />
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="52" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="61" />
        <source>Add a speaker: type a name…</source>
        <translation>Add a speaker: type a name…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="68" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="69" />
        <source>Add the named person as a speaker</source>
        <translation>Add the named person as a speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="70" />
        <source>Create person…</source>
        <translation>Create person…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="73" />
        <source>Add the typed name to the archive as a new person, with their role</source>
        <translation>Add the typed name to the archive as a new person, with their role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="81" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="82" />
        <source>Remove the selected speaker</source>
        <translation>Remove the selected speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="89" />
        <source>In a sentence after the words (“…,” said …)</source>
        <translation>In a sentence after the words (“…,” said …)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="91" />
        <source>Name and role under the quote (byline)</source>
        <translation>Name and role under the quote (byline)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="94" />
        <source>Web releases often put the speaker's name and role under the quote</source>
        <translation>Web releases often put the speaker's name and role under the quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="98" />
        <source>Text after the quote (%1)</source>
        <translation>Text after the quote (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="100" />
        <source>Continues the paragraph after the attribution, e.g. the next sentence of the speaker</source>
        <translation>Continues the paragraph after the attribution, e.g. the next sentence of the speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="124" />
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="129" />
        <source>Attribution:</source>
        <translation>Attribution:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="130" />
        <source>Verb (%1):</source>
        <translation>Verb (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="134" />
        <source>Then (%1):</source>
        <translation>Then (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="219" />
        <source>%1: %3</source>
        <translation>%1: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="220" />
        <source>%1 — no role: the item has no date; choose one or date the item</source>
        <translation>%1 — no role: the item has no date; choose one or date the item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="222" />
        <source>%1 — on %2: %3</source>
        <translation>%1 — on %2: %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="223" />
        <source>%1 — no role known on %2</source>
        <translation>%1 — no role known on %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_panel.py" line="253" />
        <source>%n people match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>%n person matches “%1”: choose one from the list.</numerusform>
            <numerusform>%n people match “%1”: choose one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="276" />
        <source>%1 is already a speaker of this quote.</source>
        <translation>%1 is already a speaker of this quote.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="297" />
        <source>Nobody called “%1” is in the archive.</source>
        <translation>Nobody called “%1” is in the archive.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_panel.py" line="303" />
        <source>“%1” is not in the archive: create the person to quote them.</source>
        <translation>“%1” is not in the archive: create the person to quote them.</translation>
    </message>
</context>
<context>
    <name>QuoteSearchModel</name>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="51" />
        <source>Under embargo until %1: %2</source>
        <translation>Under embargo until %1: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="306" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="307" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="308" />
        <source>Role at the time</source>
        <translation>Role at the time</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="309" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="310" />
        <source>Press item</source>
        <translation>Press item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_search_model.py" line="311" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
</context>
<context>
    <name>QuoteSpeakerModel</name>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="35" />
        <source>Role / date</source>
        <translation>Role / date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="36" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="37" />
        <source>Press item</source>
        <translation>Press item</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="38" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/quote_speaker_model.py" line="51" />
        <source>No role known</source>
        <translation>No role known</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/quote_speaker_model.py" line="61" />
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="41" />
        <source>Search as you type…</source>
        <translation>Search as you type…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="52" />
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="53" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/record_page.py" line="54" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="44" />
        <source>Edit role of %1</source>
        <translation>Edit role of %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="45" />
        <source>Add a role for %1</source>
        <translation>Add a role for %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="48" />
        <source>(no organisation)</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="65" />
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="67" />
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="70" />
        <source>End the role held so far the day before this one starts</source>
        <translation>End the role held so far the day before this one starts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="83" />
        <source>So far: %1</source>
        <translation>So far: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="91" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="94" />
        <source>Function title (%1):</source>
        <translation>Function title (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="98" />
        <source>Function alone (%1):</source>
        <translation>Function alone (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="102" />
        <source>Plural for joint quotes (%1):</source>
        <translation>Plural for joint quotes (%1):</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="105" />
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/directory/role_dialog.py" line="140" />
        <source>Write the function title.</source>
        <translation>Write the function title.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="31" />
        <source>open start</source>
        <translation>open start</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="35" />
        <source>open end</source>
        <translation>open end</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="45" />
        <source>be sent for approval</source>
        <translation>be sent for approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="46" />
        <source>be approved</source>
        <translation>be approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="47" />
        <source>be rejected</source>
        <translation>be rejected</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="53" />
        <source>Send it for approval first.</source>
        <translation>Send it for approval first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="55" />
        <source>Approve or reject it first.</source>
        <translation>Approve or reject it first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="57" />
        <source>Change its words first, then send it again.</source>
        <translation>Change its words first, then send it again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="59" />
        <source>Send the new words for approval again first.</source>
        <translation>Send the new words for approval again first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="61" />
        <source>Send it for approval again first.</source>
        <translation>Send it for approval again first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="78" />
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="79" />
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="80" />
        <source>It was left unchanged.</source>
        <translation>It was left unchanged.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="81" />
        <source>Nothing was created.</source>
        <translation>Nothing was created.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="92" />
        <source>The server’s message: %1</source>
        <translation>The server’s message: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="100" />
        <source>This value is not accepted (%1). Nothing was saved.</source>
        <translation>This value is not accepted (%1). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="103" />
        <source>“%1” is not a language of the application (%2). Nothing was saved.</source>
        <translation>“%1” is not a language of the application (%2). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="107" />
        <source>A person needs a family name. Nothing was saved.</source>
        <translation>A person needs a family name. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="109" />
        <source>Choose the gender from the list. Nothing was saved.</source>
        <translation>Choose the gender from the list. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="111" />
        <source>The id “%1” is already in use. Nothing was saved.</source>
        <translation>The id “%1” is already in use. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="114" />
        <source>This person is no longer in the archive. Nothing was saved.</source>
        <translation>This person is no longer in the archive. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="116" />
        <source>This organisation is no longer in the archive. Nothing was saved.</source>
        <translation>This organisation is no longer in the archive. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="119" />
        <source>The role ends (%1) before it starts (%2). Nothing was saved.</source>
        <translation>The role ends (%1) before it starts (%2). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="122" />
        <source>The role (%1) overlaps the person’s role “%2” at the same organisation (%3). End that role first or let this one start later. Nothing was saved.</source>
        <translation>The role (%1) overlaps the person’s role “%2” at the same organisation (%3). End that role first or let this one start later. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="129" />
        <source>A quote said on %1 stores this role, and that day lies outside %2. Old quotes keep their role, so add a new role instead. Nothing was saved.</source>
        <translation>A quote said on %1 stores this role, and that day lies outside %2. Old quotes keep their role, so add a new role instead. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="135" />
        <source>To end the previous role, give the day the new one begins. Nothing was saved.</source>
        <translation>To end the previous role, give the day the new one begins. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="138" />
        <source>A role stays with its person; give the other person a role of their own. Nothing was saved.</source>
        <translation>A role stays with its person; give the other person a role of their own. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="142" />
        <source>An organisation needs a short name (“WFBB”). Nothing was saved.</source>
        <translation>An organisation needs a short name (“WFBB”). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="145" />
        <source>“%1” is already the short name of %2. Nothing was saved.</source>
        <translation>“%1” is already the short name of %2. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="148" />
        <source>The logo is not an image in the archive; choose an image file. Nothing was saved.</source>
        <translation>The logo is not an image in the archive; choose an image file. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="152" />
        <source>%1 cannot be the logo: %2. Nothing was saved.</source>
        <translation>%1 cannot be the logo: %2. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="154" />
        <source>The image</source>
        <translation>The image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="156" />
        <source>%1 cannot be read (%2). Nothing was saved.</source>
        <translation>%1 cannot be read (%2). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="159" />
        <source>A press contact needs a name. Nothing was saved.</source>
        <translation>A press contact needs a name. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="161" />
        <source>A person cannot be merged with itself.</source>
        <translation>A person cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="164" />
        <source>The quote is %1 and cannot %2. %3</source>
        <translation>The quote is %1 and cannot %2. %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="168" />
        <source>Say to whom the quote is sent (for example the speaker’s press office).</source>
        <translation>Say to whom the quote is sent (for example the speaker’s press office).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="172" />
        <source>Say who approved the quote (for example the speaker’s press office).</source>
        <translation>Say who approved the quote (for example the speaker’s press office).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="175" />
        <source>Say who rejected the quote (for example the speaker’s press office).</source>
        <translation>Say who rejected the quote (for example the speaker’s press office).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="177" />
        <source>Give the reason the quote was rejected.</source>
        <translation>Give the reason the quote was rejected.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="179" />
        <source>The quote is no longer in this item.</source>
        <translation>The quote is no longer in this item.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="182" />
        <source>The database server of the archive %1 cannot be reached, or the connection to it was lost.</source>
        <translation>The database server of the archive %1 cannot be reached, or the connection to it was lost.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="186" />
        <source>The database server of the archive %1 refused the login: the user name or the password was not accepted.</source>
        <translation>The database server of the archive %1 refused the login: the user name or the password was not accepted.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="190" />
        <source>The database named in the address %1 does not exist on the server.</source>
        <translation>The database named in the address %1 does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="193" />
        <source>The database server of the archive %1 has no room left.</source>
        <translation>The database server of the archive %1 has no room left.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="195" />
        <source>The database server of the archive %1 does not let this user make changes.</source>
        <translation>The database server of the archive %1 does not let this user make changes.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="199" />
        <source>The archive %1 is busy: a colleague’s change holds it.</source>
        <translation>The archive %1 is busy: a colleague’s change holds it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="202" />
        <source>The database server reports damaged data in the archive %1.</source>
        <translation>The database server reports damaged data in the archive %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="205" />
        <source>The database server of the archive %1 reported a disk error.</source>
        <translation>The database server of the archive %1 reported a disk error.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="208" />
        <source>The database server of the archive %1 reported a problem.</source>
        <translation>The database server of the archive %1 reported a problem.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/service_messages.py" line="212" />
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>A name has at most %1 characters; this one has %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="38" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="40" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="47" />
        <source>Recorded with each approval step you take; empty: your login name</source>
        <translation>Recorded with each approval step you take; empty: your login name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="55" />
        <source>Only export &amp;approved quotes</source>
        <translation>Only export &amp;approved quotes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="68" />
        <source>User interface &amp;language:</source>
        <translation>User interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="69" />
        <source>Texts of press releases are not affected.</source>
        <translation>Texts of press releases are not affected.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="72" />
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="74" />
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="75" />
        <source>Otherwise exporting an item with quotes that are not approved asks first.</source>
        <translation>Otherwise exporting an item with quotes that are not approved asks first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="80" />
        <source>&amp;Gender-inclusive language:</source>
        <translation>&amp;Gender-inclusive language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="81" />
        <source>For this archive: the checks before an export flag German spellings that break it.</source>
        <translation>For this archive: the checks before an export flag German spellings that break it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="88" />
        <source>archive.sqlite in the user data folder</source>
        <translation>archive.sqlite in the user data folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="91" />
        <source>&amp;Archive:</source>
        <translation>&amp;Archive:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="93" />
        <source>An archive file, or a team archive on a PostgreSQL server: postgresql+psycopg://name@server:5432/database. Passwords are not saved here: put them in ~/.pgpass or PGPASSWORD. Takes effect at the next start.</source>
        <translation>An archive file, or a team archive on a PostgreSQL server: postgresql+psycopg://name@server:5432/database. Passwords are not saved here: put them in ~/.pgpass or PGPASSWORD. Takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="100" />
        <source>Open now: %1</source>
        <translation>Open now: %1</translation>
    </message>
</context>
<context>
    <name>SharedRecordsDialog</name>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="28" />
        <source>Import: stored records differ</source>
        <translation>Import: stored records differ</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="31" />
        <source>The file describes people, organisations or roles of the archive otherwise than the archive does. Other press items use these records too. Nothing has been imported yet: choose whether the stored records take the file's values or stay as they are.</source>
        <translation>The file describes people, organisations or roles of the archive otherwise than the archive does. Other press items use these records too. Nothing has been imported yet: choose whether the stored records take the file's values or stay as they are.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="34" />
        <source>Records: %1 · differing fields: %2</source>
        <translation>Records: %1 · differing fields: %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="40" />
        <source>In the archive</source>
        <translation>In the archive</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="41" />
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="65" />
        <source>Update stored records</source>
        <translation>Update stored records</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="66" />
        <source>Keep stored records</source>
        <translation>Keep stored records</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="67" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="84" />
        <location filename="../../editor/gui/shared_records_dialog.py" line="97" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="84" />
        <location filename="../../editor/gui/shared_records_dialog.py" line="97" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="85" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="91" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="91" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="92" />
        <location filename="../../editor/gui/shared_records_dialog.py" line="94" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="92" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="93" />
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="93" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="94" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="95" />
        <source>Boilerplate</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="96" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="96" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="98" />
        <source>Role title</source>
        <translation>Role title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="98" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="99" />
        <source>Function (plural)</source>
        <translation>Function (plural)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="100" />
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="100" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="102" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shared_records_dialog.py" line="102" />
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="33" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="35" />
        <source>Search for a command or a key</source>
        <translation>Search for a command or a key</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="38" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../editor/gui/shortcuts_dialog.py" line="38" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/gui/spelling.py" line="81" />
        <source>No spelling dictionary is installed for %1: those texts are not checked. Install the Hunspell dictionaries (e.g. hunspell-de-de, hunspell-en-gb) to check them.</source>
        <translation>No spelling dictionary is installed for %1: those texts are not checked. Install the Hunspell dictionaries (e.g. hunspell-de-de, hunspell-en-gb) to check them.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="255" />
        <source>(no suggestions)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="258" />
        <source>Add “%1” to dictionary</source>
        <translation>Add “%1” to dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="261" />
        <source>Accept this word in every text of this archive</source>
        <translation>Accept this word in every text of this archive</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="122" />
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="125" />
        <source>Being edited by: %1</source>
        <translation>Being edited by: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/teamwork.py" line="127" />
        <source>Colleagues have this item open. You can still save: if they saved first, saving shows both versions.</source>
        <translation>Colleagues have this item open. You can still save: if they saved first, saving shows both versions.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../editor/gui/preview_panel.py" line="126" />
        <source>%1 (unavailable)</source>
        <translation>%1 (unavailable)</translation>
    </message>
</context>
<context>
    <name>UnapprovedQuotesDialog</name>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="46" />
        <source>(no speaker)</source>
        <translation>(no speaker)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="58" />
        <source>Quotes not approved</source>
        <translation>Quotes not approved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_check.py" line="63" />
        <source>%n quote(s) in this export are not approved, and only approved quotes may be exported (see Settings).</source>
        <translation>
            <numerusform>%n quote in this export is not approved, and only approved quotes may be exported (see Settings).</numerusform>
            <numerusform>%n quotes in this export are not approved, and only approved quotes may be exported (see Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/approval_check.py" line="66" />
        <source>%n quote(s) in this export are not approved yet.</source>
        <translation>
            <numerusform>%n quote in this export is not approved yet.</numerusform>
            <numerusform>%n quotes in this export are not approved yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="85" />
        <source>Double-click to open the quote</source>
        <translation>Double-click to open the quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="88" />
        <source>Open quote</source>
        <translation>Open quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/approval_check.py" line="96" />
        <source>Export anyway</source>
        <translation>Export anyway</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../editor/gui/app.py" line="120" />
        <source>Updating the archive for this version of Pressestelle.
A backup copy is made first; a large archive takes a few minutes.</source>
        <translation>Updating the archive for this version of Pressestelle.
A backup copy is made first; a large archive takes a few minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/app.py" line="176" />
        <source>The archive now keeps the pictures of its photos itself. %n photo(s) could not be copied from their files and are shown as missing until you choose their image again:</source>
        <translation>
            <numerusform>The archive now keeps the pictures of its photos itself. %n photo could not be copied from its file and is shown as missing until you choose its image again:</numerusform>
            <numerusform>The archive now keeps the pictures of its photos itself. %n photos could not be copied from their files and are shown as missing until you choose their image again:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="222" />
        <source>This archive is already open in another Pressestelle window on this computer.</source>
        <translation>This archive is already open in another Pressestelle window on this computer.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="226" />
        <source>This archive is already open in a Pressestelle window on the computer %1.</source>
        <translation>This archive is already open in a Pressestelle window on the computer %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="231" />
        <source> since %1</source>
        <translation> since %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="233" />
        <source>Archive: %1
Other window: program %2%3.

Opened here too, both windows can be used: an item open in the other one is marked as being edited, and each window shows the other's saves. Switch to the other window instead if you opened this one by mistake.</source>
        <translation>Archive: %1
Other window: program %2%3.

Opened here too, both windows can be used: an item open in the other one is marked as being edited, and each window shows the other's saves. Switch to the other window instead if you opened this one by mistake.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="242" />
        <source>&amp;Open here too</source>
        <translation>&amp;Open here too</translation>
    </message>
    <message>
        <location filename="../../editor/gui/app.py" line="244" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
</TS>