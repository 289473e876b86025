<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlignmentView</name>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="37"/>
        <source>Aligned renderings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="263"/>
        <source>Select a statement to compare its renderings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="354"/>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="358"/>
        <source>reference rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="367"/>
        <source>%1: %2 “%3” where the reference has “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="371"/>
        <source>%1 leaves out “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="373"/>
        <source>%1 adds “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/alignmentview.cpp" line="375"/>
        <source>%1 has “%2” in another place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorFactory</name>
    <message>
        <location filename="../models/annotations/anchorfactory.cpp" line="51"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateDialog</name>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="28"/>
        <source>Remove anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="30"/>
        <source>Annotate Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="35"/>
        <source>What differs, and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="37"/>
        <source>Your name, kept for the next annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="39"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="39"/>
        <source>Annotated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="52"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="53"/>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="54"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="55"/>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="64"/>
        <source>Anchors (name each role, e.g. which outlet is which):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="93"/>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="94"/>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotatedialog.cpp" line="94"/>
        <source>text changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="18"/>
        <source>Wording changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="19"/>
        <source>Words added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="20"/>
        <source>Words omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="21"/>
        <source>Misattribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="23"/>
        <source>Paraphrase presented as quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="25"/>
        <source>Factual conflict: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="26"/>
        <source>Factual conflict: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="27"/>
        <source>Factual conflict: place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="28"/>
        <source>Context missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="29"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="39"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="40"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotation.cpp" line="41"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../models/annotations/annotationcommands.cpp" line="17"/>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationcommands.cpp" line="35"/>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationcommands.cpp" line="53"/>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationcommands.h" line="80"/>
        <source>Change annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="119"/>
        <source>(orphaned: not found in the current text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="203"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="205"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="209"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="211"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/annotationmodel.cpp" line="213"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="31"/>
        <source>Orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="34"/>
        <source>&amp;Edit Annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="35"/>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="36"/>
        <source>&amp;Show in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="52"/>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="129"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="53"/>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="131"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="73"/>
        <source>Search notes and annotated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="129"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="131"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="152"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="156"/>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="158"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationpanel.cpp" line="208"/>
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationpanel.cpp" line="209"/>
        <source>%1 of %n annotation(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="239"/>
        <source>Annotation Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/annotations/annotationpanel.cpp" line="249"/>
        <source>Annotation Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationReport</name>
    <message>
        <location filename="../models/annotations/annotationreport.cpp" line="36"/>
        <source>*(orphaned: not found in the current text)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationreport.cpp" line="39"/>
        <source>*(annotated as “%1”; the text has changed)*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationreport.cpp" line="49"/>
        <source>Discrepancies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/annotations/annotationreport.cpp" line="50"/>
        <source>%n annotation(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationreport.cpp" line="52"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationreport.cpp" line="64"/>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../models/annotations/annotationstore.cpp" line="25"/>
        <source>no annotation with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationstore.cpp" line="88"/>
        <source>annotation id %1 is empty or already used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTable</name>
    <message>
        <location filename="../models/annotations/annotationtable.cpp" line="29"/>
        <source>cannot read the annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationtable.cpp" line="55"/>
        <source>cannot save the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/annotations/annotationtable.cpp" line="65"/>
        <source>cannot delete the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../widgets/common/articlelist.cpp" line="35"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/articlelist.cpp" line="35"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/articlelist.cpp" line="35"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="60"/>
        <source>Select an article, an event on the timeline or a search result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="171"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="220"/>
        <source>No article selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="220"/>
        <source>No corpus open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="229"/>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="233"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="234"/>
        <source>%n quote(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="235"/>
        <source>%n event mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="288"/>
        <source>Quote by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="288"/>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/articleview/articleview.cpp" line="291"/>
        <source>Event: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <location filename="../app/commands/commandsupport.cpp" line="52"/>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commandsupport.cpp" line="59"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/commands/dumpcommand.cpp" line="14"/>
        <source>Write a corpus and its analysis as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/dumpcommand.cpp" line="15"/>
        <location filename="../app/commands/exportquotescommand.cpp" line="19"/>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="62"/>
        <location filename="../app/commands/newprojectcommand.cpp" line="21"/>
        <source>Corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotationscommand.cpp" line="63"/>
        <source>Export a project&apos;s annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotationscommand.cpp" line="67"/>
        <source>json (default), csv, w3c (Web Annotation JSON-LD) or md (Markdown report; with -o, a timeline picture NAME-timeline.png is written beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotationscommand.cpp" line="70"/>
        <location filename="../app/commands/dumpcommand.cpp" line="17"/>
        <source>Write to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotationscommand.cpp" line="76"/>
        <source>annotations takes exactly one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotationscommand.cpp" line="82"/>
        <source>unknown format “%1”: json, csv, w3c or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/dumpcommand.cpp" line="21"/>
        <source>dump takes exactly one corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/newprojectcommand.cpp" line="20"/>
        <source>Create a project file for a corpus folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/newprojectcommand.cpp" line="23"/>
        <source>The project file to create (NAME.parallax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/newprojectcommand.cpp" line="27"/>
        <source>new-project takes exactly one corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/newprojectcommand.cpp" line="32"/>
        <source>say where to create the project: -o NAME.parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/newprojectcommand.cpp" line="63"/>
        <source>created %1 for %n article(s) in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/projectsupport.cpp" line="36"/>
        <source>the project&apos;s corpus folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="23"/>
        <source>--%1 needs a whole number, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="34"/>
        <source>Record a discrepancy in a project. Exits 0 only once the annotation is safely on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="35"/>
        <location filename="../app/commands/annotationscommand.cpp" line="64"/>
        <source>The project file (NAME.parallax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="37"/>
        <source>The article&apos;s id (as in `parallax dump`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="38"/>
        <source>First character, in code points from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="39"/>
        <source>End character (exclusive), in code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="41"/>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="50"/>
        <source>The analyst&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="51"/>
        <source>The analyst&apos;s name (default: from the settings, else the login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="53"/>
        <source>low, medium (default) or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="54"/>
        <source>What this anchor is (default: the article&apos;s outlet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="59"/>
        <source>annotate takes exactly one project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="64"/>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="75"/>
        <source>unknown category “%1” (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="83"/>
        <source>unknown severity “%1”: low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="100"/>
        <source>no article “%1” in the project&apos;s corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/annotatecommand.cpp" line="107"/>
        <source>offsets %1..%2 are out of range: article “%3” has %4 characters (code points); start must be less than end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="12"/>
        <source>Write the corpus and its analysis as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="13"/>
        <source>Create a project file (NAME.parallax) for a corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="15"/>
        <source>Record a discrepancy in a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="16"/>
        <source>Export a project&apos;s annotations (json, csv, w3c, md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="18"/>
        <source>Export the quote comparison as HTML, CSV or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="20"/>
        <source>Export the event timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/commands.cpp" line="27"/>
        <source>Usage: parallax [--verbose] [PATH]
       parallax COMMAND [options]

Opens the window on PATH (a corpus folder or a project), or runs COMMAND:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="17"/>
        <source>Export the side-by-side comparison of quoted statements.
The format follows the extension of FILE: .html, .csv or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="20"/>
        <source>Write to FILE (.html, .csv or .png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="22"/>
        <source>Only the statement with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="23"/>
        <source>Only statements by a speaker whose name contains NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="28"/>
        <source>export-quotes takes exactly one corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="33"/>
        <source>export-quotes needs -o FILE.html, FILE.csv or FILE.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="39"/>
        <source>cannot tell the format of %1: use the extension .html, .csv or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exportquotescommand.cpp" line="55"/>
        <source>warning: the corpus has no quoted statements; the export is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="46"/>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="61"/>
        <source>Export the event timeline of a corpus as PNG, SVG or PDF, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="64"/>
        <source>Write to FILE (.png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="66"/>
        <source>Width in pixels (default 1600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="67"/>
        <source>Height in pixels (default 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="68"/>
        <source>Pixel scale of a PNG, e.g. 2 for slides (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="69"/>
        <source>First date shown: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="70"/>
        <source>Last date shown: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="71"/>
        <source>Only these outlets, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="72"/>
        <source>Title drawn above the timeline (default: the corpus name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="74"/>
        <source>Lanes by &quot;category&quot; (default) or &quot;outlet&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="75"/>
        <source>Leave out the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="76"/>
        <source>Transparent background (PNG, SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="81"/>
        <source>export-timeline takes exactly one corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="86"/>
        <source>say where to write the timeline with -o FILE.png|svg|pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="90"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="110"/>
        <source>--%1: &quot;%2&quot; is not a date like 2025, 2025-10 or 2025-10-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="115"/>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/exporttimelinecommand.cpp" line="120"/>
        <source>--lanes must be &quot;category&quot; or &quot;outlet&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="147"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="153"/>
        <source>same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="175"/>
        <source>%n word(s), the reference</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="177"/>
        <source>covers %1 of the reference&apos;s %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="179"/>
        <source>covers the whole reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="184"/>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="187"/>
        <source>%n rendering(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="188"/>
        <source>%n outlet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="190"/>
        <source>lowest similarity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="195"/>
        <source>Outlets credit this statement to different speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="243"/>
        <source>direct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="244"/>
        <source>fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="245"/>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="247"/>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="249"/>
        <source>similarity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="252"/>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="254"/>
        <source>no speaker cue found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="254"/>
        <source>cue: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/comparisonhtml.cpp" line="297"/>
        <source>reference rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="311"/>
        <source>%n statement(s). Each rendering is compared with the reference rendering (★).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="36"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="41"/>
        <source>The rendering the others are compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="45"/>
        <source>Outlets as &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="48"/>
        <source>Show one column per outlet instead of one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="49"/>
        <source>Mark &amp;Spelling and Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="53"/>
        <source>Mark differences of spelling, case and punctuation (quietly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="55"/>
        <source>Copy C&amp;itation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="57"/>
        <source>Copy the selected rendering with its outlet and URL (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="59"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="60"/>
        <source>Outlets as columns, spelling differences, copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="115"/>
        <source>No statement selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextView</name>
    <message>
        <location filename="../widgets/quotepanel/contextview.cpp" line="17"/>
        <source>Renderings in context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <location filename="../models/corpus/articlebuilder.cpp" line="49"/>
        <source>%1 has no text: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/articlebuilder.cpp" line="154"/>
        <source>%1 is empty: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/articlebuilder.cpp" line="165"/>
        <source>%1 looks like a binary file, not text: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/articlebuilder.cpp" line="169"/>
        <source>%1 is not valid UTF-8: read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/corpus/articlebuilder.cpp" line="172"/>
        <source> (%n byte(s) there have no character)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusloader.cpp" line="35"/>
        <source>%1 is larger than the size limit (%2 MB &gt; %3 MB): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusloader.cpp" line="29"/>
        <location filename="../models/corpus/corpusloader.cpp" line="42"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusloader.cpp" line="75"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusloader.cpp" line="79"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusloader.cpp" line="83"/>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusscanner.cpp" line="41"/>
        <source>%1 is a link that leads outside the corpus folder: not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/corpusscanner.cpp" line="58"/>
        <source>%1 is not a regular file (a pipe or device): skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/events/datetext.cpp" line="21"/>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="25"/>
        <source>early %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="27"/>
        <source>late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="28"/>
        <source>mid-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="32"/>
        <location filename="../models/events/datetext.cpp" line="68"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="36"/>
        <source>the %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/datetext.cpp" line="64"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffLegend</name>
    <message>
        <location filename="../widgets/quotepanel/difflegend.cpp" line="24"/>
        <source>word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPalette</name>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="57"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="59"/>
        <source>spelling, case or punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="61"/>
        <source>substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="63"/>
        <source>insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="65"/>
        <source>omission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="67"/>
        <source>reordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="69"/>
        <source>not quoted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="80"/>
        <source>the same words as the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="82"/>
        <source>only spelling, case, punctuation or quote marks differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="84"/>
        <source>other words than the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="86"/>
        <source>words the reference does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="88"/>
        <source>words of the reference left out (shown struck through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="90"/>
        <source>the same words in another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/diffpalette.cpp" line="92"/>
        <source>a part of the statement this rendering does not quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditStore</name>
    <message>
        <location filename="../models/annotations/eventeditstore.cpp" line="17"/>
        <source>Edit events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditTable</name>
    <message>
        <location filename="../models/annotations/eventedittable.cpp" line="18"/>
        <source>cannot save the event edits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../app/eventeditor.cpp" line="37"/>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="45"/>
        <location filename="../app/eventeditor.cpp" line="71"/>
        <source>Add &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="56"/>
        <source>&amp;Rename Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="58"/>
        <source>&amp;Merge With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="61"/>
        <source>&amp;Split Off Mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="64"/>
        <source>Move a Me&amp;ntion to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="67"/>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="102"/>
        <source>Event edit saved in the project. Undo with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="193"/>
        <source>Rename Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="193"/>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="205"/>
        <source>Merge Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="206"/>
        <source>Merge into “%1” the event that is the same happening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="229"/>
        <source>Move a Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/eventeditor.cpp" line="230"/>
        <source>Move the mention to this event:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormDialog</name>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="18"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="22"/>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="23"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="36"/>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="37"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventformdialog.cpp" line="38"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLabeler</name>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="26"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="28"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="30"/>
        <source>fighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="32"/>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="34"/>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="36"/>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="38"/>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="194"/>
        <source>weapon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="198"/>
        <source>%1 tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="199"/>
        <source>%1 test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="202"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="207"/>
        <source>speech to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="210"/>
        <source>%1 declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="214"/>
        <source>taking office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="215"/>
        <source>%1 takes office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="218"/>
        <source>ouster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="219"/>
        <source>%1 ousted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/events/eventlabeler.cpp" line="222"/>
        <source>%1 statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPickerDialog</name>
    <message>
        <location filename="../widgets/eventedit/eventpickerdialog.cpp" line="54"/>
        <source>Choose an Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/eventpickerdialog.cpp" line="58"/>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>Quotes of the selected statement appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="92"/>
        <location filename="../app/mainwindow.cpp" line="121"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="149"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="151"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Load Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>&amp;Open Corpus Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>&amp;Export Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="176"/>
        <source>&amp;Find in Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="180"/>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>S&amp;horten Empty Stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="192"/>
        <source>Squeeze long stretches without events, so that years-old background and the story&apos;s own days are readable together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source> Lanes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="209"/>
        <source>by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Group the timeline&apos;s events by category or by the outlets that mention them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>Find in articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="237"/>
        <source>Open a corpus folder to begin (Ctrl+O), or drop one onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="254"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="273"/>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="327"/>
        <source>%1 is not a corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="339"/>
        <source>Open Corpus Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>Loading %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <source>Reading %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="358"/>
        <source>Analysing %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="380"/>
        <source>%n event edit(s) no longer apply: the events or articles they named changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="443"/>
        <source>%1 — Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="444"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="445"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="446"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="447"/>
        <source>%n statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="485"/>
        <source>Statement by %1, rendered %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="486"/>
        <source>an unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="500"/>
        <source>Open a corpus first: there is no timeline to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="518"/>
        <source>Timeline exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="520"/>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="82"/>
        <source>%1 cannot be read (%2): its metadata is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="100"/>
        <source>%1 is not valid JSON (line %2, column %3: %4): its metadata is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="110"/>
        <source>%1 does not hold a JSON object: its metadata is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="119"/>
        <source>%1: &quot;articles&quot; is not a list: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="128"/>
        <source>%1: article entry %2 has no &quot;file&quot;: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="140"/>
        <source>%1 lists %2, which is outside the corpus folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="145"/>
        <source>%1 lists %2, a link that leads outside the corpus folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="151"/>
        <source>%1 lists %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="155"/>
        <source>%1 lists %2, which is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="172"/>
        <source>%1: the &quot;published&quot; date of %2 is not a date (YYYY-MM-DD): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/corpus/manifest.cpp" line="178"/>
        <source>%1 lists %2 twice: the last entry is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionPickerDialog</name>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="21"/>
        <source>Split Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="21"/>
        <source>Move a Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="24"/>
        <source>Tick the mentions of “%1” that describe another happening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="25"/>
        <source>Choose the mention of “%1” to move to another event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="43"/>
        <source>What the new event is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/eventedit/mentionpickerdialog.cpp" line="45"/>
        <source>New event:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutletFilterButton</name>
    <message>
        <location filename="../widgets/common/outletfilterbutton.cpp" line="32"/>
        <source>Show only the events and articles of some outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/outletfilterbutton.cpp" line="52"/>
        <location filename="../widgets/common/outletfilterbutton.cpp" line="100"/>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/outletfilterbutton.cpp" line="98"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/outletfilterbutton.cpp" line="104"/>
        <source>%n outlet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <location filename="../models/storage/projectschema.cpp" line="46"/>
        <source>cannot update the project&apos;s tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectschema.cpp" line="70"/>
        <source>cannot migrate from schema version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../app/projectsession.cpp" line="50"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="56"/>
        <source>The analysis could not be cached in the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="59"/>
        <source>Create a Project File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="64"/>
        <source>Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="65"/>
        <location filename="../app/projectsession.cpp" line="383"/>
        <location filename="../app/projectsession.cpp" line="396"/>
        <source>Parallax projects (*.parallax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="77"/>
        <source>Annotation Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="101"/>
        <source>Open &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="104"/>
        <source>Save Project &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="107"/>
        <source>&amp;Annotate Discrepancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="138"/>
        <location filename="../app/projectsession.cpp" line="205"/>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="144"/>
        <source>Corpus Folder Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="145"/>
        <source>The project&apos;s corpus folder %1 is missing. The annotations are kept; open the folder where it is now and save the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/projectsession.cpp" line="232"/>
        <source>%n annotation anchor(s) could not be found in the current text; they are kept as orphans</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="265"/>
        <location filename="../app/projectsession.cpp" line="268"/>
        <source>%1 — Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="283"/>
        <source>Not done: annotations and event edits need a project file (File &gt; Save Project As…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="285"/>
        <source>Annotations and event edits are saved in a project file, at once and for good. Create one for this corpus now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="303"/>
        <source>Cannot Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="315"/>
        <location filename="../app/projectsession.cpp" line="322"/>
        <source>Select the discrepant words in an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="351"/>
        <source>Nothing to anchor an annotation to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="365"/>
        <source>Add Anchor to Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="382"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="396"/>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/projectsession.cpp" line="409"/>
        <source>Cannot Save Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="26"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="44"/>
        <source>%1 is already open in another Parallax (process %2 on %3); close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="47"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="50"/>
        <source>cannot lock %1 (is its folder writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="87"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="89"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="122"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="132"/>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="146"/>
        <source>%1 was written by an older Parallax; open it for writing once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="172"/>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="176"/>
        <source>cannot configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="185"/>
        <source>cannot switch %1 to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="195"/>
        <source>cannot back up %1 before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="205"/>
        <source>%1 is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="210"/>
        <source>cannot start writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="213"/>
        <source>cannot commit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="238"/>
        <location filename="../models/storage/projectstore.cpp" line="268"/>
        <source>cannot write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="277"/>
        <source>%1 is the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="287"/>
        <source>cannot save the project as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectstore.cpp" line="290"/>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectValidator</name>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="22"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="42"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="47"/>
        <source>the file is empty, not a Parallax project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="50"/>
        <source>not a Parallax project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="53"/>
        <source>the file is truncated (shorter than its header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="58"/>
        <source>the file is damaged (invalid page size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="64"/>
        <source>the file is truncated or damaged (size does not match its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="73"/>
        <source>the database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="78"/>
        <source>not a Parallax project (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="83"/>
        <source>written by a newer Parallax (schema version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="89"/>
        <location filename="../models/storage/projectvalidator.cpp" line="102"/>
        <source>the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="107"/>
        <source>the project&apos;s description table is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="116"/>
        <source>%1: no such project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="118"/>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/projectvalidator.cpp" line="131"/>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteCitation</name>
    <message>
        <location filename="../widgets/quotepanel/quotecitation.cpp" line="13"/>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotecitation.cpp" line="14"/>
        <source>quoted by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteExporter</name>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="61"/>
        <source>unknown statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="66"/>
        <source>statement %1 is not by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="76"/>
        <source>no statement by a speaker matching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="89"/>
        <source>Quote comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="145"/>
        <source>cannot encode the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/presentation/quoteexporter.cpp" line="154"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="36"/>
        <source>Only where outlets differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="48"/>
        <source>Show the statements of one speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="51"/>
        <source>Hide statements that every outlet renders with the same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="59"/>
        <source>Corpus order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="59"/>
        <source>In the order the statements first appear in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="60"/>
        <source>Most divergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="60"/>
        <source>The statements whose renderings differ most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="61"/>
        <source>Most outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="61"/>
        <source>The statements quoted by the most outlets first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="62"/>
        <source>By speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="62"/>
        <source>By speaker, then in corpus order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="68"/>
        <source>Sort the statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="70"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="73"/>
        <source>This statement as HTML, CSV or PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="75"/>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="382"/>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="84"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="103"/>
        <source>The bar shows how far the outlets diverge; the figure is the lowest similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="137"/>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="160"/>
        <source>%n statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="182"/>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="296"/>
        <source>Annotate Discrepancy in This &amp;Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="300"/>
        <source>&amp;Annotate Discrepancy in Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="382"/>
        <source>Web page (*.html);;Spreadsheet (*.csv);;Image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="388"/>
        <source>Use the extension .html, .csv or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="392"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCorpora</name>
    <message>
        <location filename="../app/recentcorpora.cpp" line="49"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderingDiff</name>
    <message>
        <location filename="../models/presentation/renderingdiff.cpp" line="424"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/renderingdiff.cpp" line="425"/>
        <source>%1 (%n rendering(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../widgets/common/searchpanel.cpp" line="27"/>
        <source>Type words in the search box (Ctrl+F) and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/searchpanel.cpp" line="68"/>
        <source>Nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/searchpanel.cpp" line="68"/>
        <source>Open a corpus to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/searchpanel.cpp" line="71"/>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/searchpanel.cpp" line="94"/>
        <source>No article contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/searchpanel.cpp" line="96"/>
        <source>The first %n place(s) with “%1”:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/searchpanel.cpp" line="98"/>
        <source>%n place(s) with “%1”:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerAttributor</name>
    <message>
        <location filename="../models/quotes/attribution/speakerattributor.cpp" line="378"/>
        <source>same words in the article: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementListDelegate</name>
    <message>
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="78"/>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="84"/>
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="90"/>
        <source>%n outlet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="85"/>
        <source>%n rendering(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../models/itemmodels/statementmodel.cpp" line="181"/>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/statementmodel.cpp" line="217"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/statementmodel.cpp" line="219"/>
        <source>%1
%2 renderings in %3 outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/statementmodel.cpp" line="266"/>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/statementmodel.cpp" line="305"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="25"/>
        <source>Whole range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="26"/>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="28"/>
        <source>Draw a legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="31"/>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="124"/>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="33"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="41"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="51"/>
        <source>1× (screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="52"/>
        <source>2× (sharp slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="53"/>
        <source>3× (print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="55"/>
        <source>Multiplies the pixels of a PNG; SVG and PDF are vector and stay sharp at any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="64"/>
        <source>Solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="65"/>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="69"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="70"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="71"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="72"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="73"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="75"/>
        <source>Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="77"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="124"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexportdialog.cpp" line="132"/>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="67"/>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="70"/>
        <source>the size must be between 200×120 and 20000×20000 and the scale between 0 and 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="75"/>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="88"/>
        <source>Event timeline exported by Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineexporter.cpp" line="111"/>
        <source>cannot write %1: the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineIndex</name>
    <message>
        <location filename="../widgets/timeline/timelineindex.cpp" line="42"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../widgets/timeline/timelinelegend.cpp" line="32"/>
        <source>event on a known day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinelegend.cpp" line="35"/>
        <source>vague date (week, month, year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinelegend.cpp" line="38"/>
        <source>outlets disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinelegend.cpp" line="42"/>
        <source>statement (hollow: date said unknown; ticks: publications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinelegend.cpp" line="47"/>
        <source>empty stretch shortened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="100"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="181"/>
        <source>%1 (%2): %3 — “%4”, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="254"/>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="256"/>
        <source>%1 differs — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="265"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="267"/>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/timelinemodel.cpp" line="268"/>
        <source>%n mention(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="56"/>
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="58"/>
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="59"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinepainter.cpp" line="162"/>
        <source>No dated events to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="198"/>
        <source>+%n more lane(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="203"/>
        <source>%n undated event(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinepainter.cpp" line="242"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinepainter.cpp" line="382"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelinepainter.cpp" line="400"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineQuotes</name>
    <message>
        <location filename="../widgets/timeline/timelinequotes.cpp" line="46"/>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="33"/>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="433"/>
        <source>Said on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="434"/>
        <source>When it was said is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="438"/>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="458"/>
        <source>Date basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/timeline/timelineview.cpp" line="479"/>
        <source>&amp;Annotate Discrepancy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../widgets/common/warningspanel.cpp" line="13"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/warningspanel.cpp" line="13"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
