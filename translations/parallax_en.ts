<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/annotationmodel.cpp" line="146"/>
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationpanel.cpp" line="245"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationpanel.cpp" line="246"/>
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 of %n annotation shown</numerusform>
            <numerusform>%1 of %n annotations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/annotations/annotationpanel.cpp" line="383"/>
        <source>Export %n Annotation(s)</source>
        <translation>
            <numerusform>Export %n Annotation</numerusform>
            <numerusform>Export %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationReport</name>
    <message numerus="yes">
        <location filename="../models/annotations/annotationreport.cpp" line="36"/>
        <source>%n annotation(s).</source>
        <translation>
            <numerusform>%n annotation.</numerusform>
            <numerusform>%n annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleBuilder</name>
    <message numerus="yes">
        <location filename="../models/corpus/articlebuilder.cpp" line="189"/>
        <source> (%n byte(s) there have no character)</source>
        <translation>
            <numerusform> (%n byte there has no character)</numerusform>
            <numerusform> (%n bytes there have no character)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="286"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n mention</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="357"/>
        <source>%n quote(s), %1</source>
        <translation>
            <numerusform>%n quote, %1</numerusform>
            <numerusform>%n quotes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/articleview/articleview.cpp" line="358"/>
        <source>%n event mention(s)</source>
        <translation>
            <numerusform>%n event mention</numerusform>
            <numerusform>%n event mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../app/commands/newprojectcommand.cpp" line="96"/>
        <source>created %1 for %n article(s) in %2</source>
        <translation>
            <numerusform>created %1 for %n article in %2</numerusform>
            <numerusform>created %1 for %n articles in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="182"/>
        <source>%n word(s), the reference</source>
        <translation>
            <numerusform>%n word, the reference</numerusform>
            <numerusform>%n words, the reference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="184"/>
        <source>covers %1 of the reference&apos;s %n word(s)</source>
        <translation>
            <numerusform>covers %1 of the reference&apos;s %n word</numerusform>
            <numerusform>covers %1 of the reference&apos;s %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="199"/>
        <source>%n rendering(s)</source>
        <translation>
            <numerusform>%n rendering</numerusform>
            <numerusform>%n renderings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="200"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/presentation/comparisonhtml.cpp" line="330"/>
        <source>%n statement(s). Each rendering is compared with the reference rendering (★).</source>
        <translation>
            <numerusform>%n statement. Each rendering is compared with the reference rendering (★).</numerusform>
            <numerusform>%n statements. Each rendering is compared with the reference rendering (★).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/comparisonview.cpp" line="216"/>
        <source>Comparing %n rendering(s)…</source>
        <translation>
            <numerusform>Comparing %n rendering…</numerusform>
            <numerusform>Comparing %n renderings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="316"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="622"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="623"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="624"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="625"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="731"/>
        <source>Statement by %1, rendered %n time(s)</source>
        <translation>
            <numerusform>Statement by %1, rendered %n time</numerusform>
            <numerusform>Statement by %1, rendered %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutletFilterButton</name>
    <message numerus="yes">
        <location filename="../widgets/common/outletfilterbutton.cpp" line="120"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message numerus="yes">
        <location filename="../models/document/projectdocument.cpp" line="411"/>
        <source>%n annotation anchor(s) could not be found in the current text; they are kept as orphans</source>
        <translation>
            <numerusform>%n annotation anchor could not be found in the current text; it is kept as an orphan</numerusform>
            <numerusform>%n annotation anchors could not be found in the current text; they are kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/document/projectdocument.cpp" line="432"/>
        <source>%n event edit(s) no longer apply: the events or articles they named changed.</source>
        <translation>
            <numerusform>%n event edit no longer applies: the events or articles it named changed.</numerusform>
            <numerusform>%n event edits no longer apply: the events or articles they named changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="104"/>
        <source>The %n Statement(s) Shown…</source>
        <translation>
            <numerusform>The %n Statement Shown…</numerusform>
            <numerusform>The %n Statements Shown…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="107"/>
        <source>All %n Statement(s)…</source>
        <translation>
            <numerusform>%n Statement…</numerusform>
            <numerusform>All %n Statements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="179"/>
        <location filename="../widgets/quotepanel/quotepanel.cpp" line="208"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenderingDiff</name>
    <message numerus="yes">
        <location filename="../models/presentation/renderingdiff.cpp" line="459"/>
        <source>%1 (%n rendering(s))</source>
        <translation>
            <numerusform>%1 (%n rendering)</numerusform>
            <numerusform>%1 (%n renderings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../widgets/common/searchpanel.cpp" line="96"/>
        <source>The first %n place(s) with “%1”:</source>
        <translation>
            <numerusform>The first place with “%1”:</numerusform>
            <numerusform>The first %n places with “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/common/searchpanel.cpp" line="98"/>
        <source>%n place(s) with “%1”:</source>
        <translation>
            <numerusform>%n place with “%1”:</numerusform>
            <numerusform>%n places with “%1”:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementListDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="73"/>
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="76"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/quotepanel/statementlistdelegate.cpp" line="77"/>
        <source>%n rendering(s)</source>
        <translation>
            <numerusform>%n rendering</numerusform>
            <numerusform>%n renderings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/timelinemodel.cpp" line="340"/>
        <source>%n mention(s) in %1</source>
        <translation>
            <numerusform>%n mention in %1</numerusform>
            <numerusform>%n mentions in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="87"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="89"/>
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="90"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline/timelinepainter.cpp" line="311"/>
        <source>%n undated event(s) not shown</source>
        <translation>
            <numerusform>%n undated event not shown</numerusform>
            <numerusform>%n undated events not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
