<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114"/>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116"/>
        <source>Tick what the two cities mean to work on together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122"/>
        <source>Area of cooperation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128"/>
        <source>Areas of your own (written as you type them, in every language):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131"/>
        <source>New area of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132"/>
        <source>e.g. Music education for children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135"/>
        <source>Add a&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141"/>
        <source>Areas of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143"/>
        <source>Remo&amp;ve area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152"/>
        <source>Exchanges a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153"/>
        <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160"/>
        <source>Place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161"/>
        <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163"/>
        <source>e.g. Greenvale City Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166"/>
        <source>E&amp;xchanges a year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167"/>
        <source>Place of si&amp;gning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171"/>
        <source>Standard clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177"/>
        <source>Clause: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184"/>
        <source>Print the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193"/>
        <source>Preview the two &amp;originals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195"/>
        <source>Preview a plain bilingual &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257"/>
        <source>Type the name of the area first, then choose “Add area”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267"/>
        <source>Select one of your own areas in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270"/>
        <source>Remove area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271"/>
        <source>Remove “{0}” from the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="303"/>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="45"/>
        <source>{0} ({1}) · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="48"/>
        <source>Why ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="50"/>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="53"/>
        <source>What the map and the calendar say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="56"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="64"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="132"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="60"/>
        <source>Similarity with your city, point by point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="63"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="72"/>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85"/>
        <source>Preexisting relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="87"/>
        <source>Relationships with this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="90"/>
        <source>{0} · strength {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="97"/>
        <source>Kind of relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100"/>
        <source>Strength (1 slight, 3 strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="102"/>
        <source>About this relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103"/>
        <source>e.g. our Rotary club has hosted their students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105"/>
        <source>Add &amp;relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="107"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="115"/>
        <source>History, sources and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="118"/>
        <source>Strength of historical ties (0 none, 3 strong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123"/>
        <source>Historical ties (0–3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124"/>
        <source>Historical or ancestral connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125"/>
        <source>Other relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="126"/>
        <source>Sources (where the facts come from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="127"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137"/>
        <source>&amp;Choose this city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141"/>
        <source>Back to considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="143"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="200"/>
        <source>Remove candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="170"/>
        <source>Select a relationship in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176"/>
        <source>Why is this the partner for your city? Future committees will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178"/>
        <source>Why not this city? Future committees will read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="179"/>
        <source>Why reopen this candidate? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="180"/>
        <source>Record the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="201"/>
        <source>Remove {0} and everything noted about it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174"/>
        <source>Ceremony planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184"/>
        <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="224"/>
        <source>When, and who hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="226"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="227"/>
        <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="229"/>
        <source>HH:MM, e.g. 14:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="239"/>
        <source>Start t&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="243"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="258"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="244"/>
        <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="257"/>
        <source>e.g. Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="261"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266"/>
        <source>Our city hosts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267"/>
        <source>Our city hosts the ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="269"/>
        <source>The partner city hosts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="270"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="271"/>
        <source>The partner city hosts the ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="283"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="356"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="387"/>
        <source>Order of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="359"/>
        <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="363"/>
        <source>Ready-made order of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="366"/>
        <source>Read&amp;y-made order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="368"/>
        <source>Use this &amp;order of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Title in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386"/>
        <source>Note for the organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="404"/>
        <source>Add &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="405"/>
        <source>Remo&amp;ve event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="406"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407"/>
        <source>&amp;Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="426"/>
        <source>Use this order of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427"/>
        <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
        <translation>
            <numerusform>Replace the %n event already planned with the “{0}” order? Your changes to them will be lost.</numerusform>
            <numerusform>Replace the %n events already planned with the “{0}” order? Your changes to them will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="494"/>
        <source>Set the ceremony date above to see clock times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="498"/>
        <source>{0} (the “Ceremony date” above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="500"/>
        <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="504"/>
        <source>No events yet: choose a ready-made order above, or add events one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="508"/>
        <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
        <translation>
            <numerusform>%n event, {0} in all: from {1} to {2} ({3}).</numerusform>
            <numerusform>%n events, {0} in all: from {1} to {2} ({3}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="513"/>
        <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
        <translation>
            <numerusform>%n event, {0} in all. Set the ceremony date above to see clock times.</numerusform>
            <numerusform>%n events, {0} in all. Set the ceremony date above to see clock times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517"/>
        <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
        <translation>
            <numerusform>%n event, {0} in all. Clock times appear once the start time and time zone are set.</numerusform>
            <numerusform>%n events, {0} in all. Clock times appear once the start time and time zone are set.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="563"/>
        <source>Select an event in the order of events first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="581"/>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="582"/>
        <source>Remove “{0}” from the order of events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="598"/>
        <source>Who does what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="601"/>
        <source>Write the name of each person taking part. Names appear on the guests&apos; programme and the run-of-show; leave a role empty if nobody fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="632"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="635"/>
        <source>{0}:</source>
        <comment>a field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="652"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655"/>
        <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="657"/>
        <source>Gifts given and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="661"/>
        <source>Given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="662"/>
        <source>We give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="663"/>
        <source>We receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="664"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="666"/>
        <source>The gift, e.g. a framed print of the old mill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="667"/>
        <source>Given to or received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="668"/>
        <source>To or from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="671"/>
        <source>Add &amp;gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="673"/>
        <source>Remove gif&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="682"/>
        <source>the partner&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="683"/>
        <source>Before choosing gifts for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685"/>
        <source>Gift cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="695"/>
        <source>We give: {0} (to {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696"/>
        <source>We give: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="698"/>
        <source>We receive: {0} (from {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="699"/>
        <source>We receive: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="704"/>
        <source>No gifts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722"/>
        <source>Select a gift in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="724"/>
        <source>Remove gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="725"/>
        <source>Remove “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="733"/>
        <source>Flag and seating plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="736"/>
        <source>Seen from the audience. The place of honour is at the host&apos;s right, so the guest signatory sits on the audience&apos;s left. Each city&apos;s flag stands behind its own signatory, both flags the same size, and each city&apos;s original lies in front of its own signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760"/>
        <source>Print for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="763"/>
        <source>The guests&apos; programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="766"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="768"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="769"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792"/>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36"/>
        <source>Region or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37"/>
        <source>Highest elected official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="38"/>
        <source>Official&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40"/>
        <source>Local sister city organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="41"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43"/>
        <source>Geography (port, river, mountains, climate…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="44"/>
        <source>Main industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="46"/>
        <source>Schools, colleges and universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="48"/>
        <source>Museums, music venues, community centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="56"/>
        <source>Committee and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="62"/>
        <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85"/>
        <source>Committee &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="86"/>
        <source>Committee language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100"/>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102"/>
        <source>Official&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="103"/>
        <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="107"/>
        <source>Official&apos;s &amp;gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="114"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="27"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>&amp;Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="365"/>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="371"/>
        <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380"/>
        <source>Show channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="381"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="384"/>
        <source>Show sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="385"/>
        <source>Sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="388"/>
        <source>Search the correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="389"/>
        <source>Finds words in the summary and in the people&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="390"/>
        <source>Search summaries and names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="392"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="404"/>
        <source>Correspondence timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="405"/>
        <source>Newest first. Double-click an exchange to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="275"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="432"/>
        <source>Files attached to the selected exchange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="434"/>
        <source>Files attached to the selected exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="435"/>
        <source>Double-click a file to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="447"/>
        <source>&amp;Add exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="449"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="453"/>
        <source>Attach &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="455"/>
        <source>&amp;Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="464"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="747"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459"/>
        <source>Add exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="460"/>
        <source>Edit exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="461"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="666"/>
        <source>Delete exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="462"/>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="463"/>
        <source>Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="311"/>
        <source>%n attached: {0}</source>
        <translation>
            <numerusform>%n attached: {0}</numerusform>
            <numerusform>%n attached: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="300"/>
        <source>No exchange matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="302"/>
        <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="511"/>
        <source>{0} exchange(s) match</source>
        <translation>
            <numerusform>{0} exchange matches</numerusform>
            <numerusform>{0} exchanges match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="513"/>
        <source>{0} exchange(s)</source>
        <translation>
            <numerusform>{0} exchange</numerusform>
            <numerusform>{0} exchanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="515"/>
        <source>{0}; the newest {1} are shown, scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="581"/>
        <source>Select an exchange to see its attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="584"/>
        <source>Files attached to the exchange of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="587"/>
        <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="609"/>
        <source>Select an exchange in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="658"/>
        <source>Delete the exchange of {0}?

“{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="661"/>
        <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</numerusform>
            <numerusform>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="664"/>
        <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</numerusform>
            <numerusform>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="693"/>
        <source>Attach a file to the exchange of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="710"/>
        <source>The copy of {0} is missing from the attachments folder ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="715"/>
        <source>No program on this computer opens {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="727"/>
        <source>This exchange has no attached files. Use “Attach file…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="744"/>
        <source>Select a file in the list of attached files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="748"/>
        <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="118"/>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="126"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="120"/>
        <source>Everything that needs the committee&apos;s attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="127"/>
        <source>Most urgent first. Press Enter to open the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="148"/>
        <source>Nothing is due. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="153"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="154"/>
        <source>Open the step for the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="189"/>
        <source>%n needs attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n needs attention now, {0} more to do.</numerusform>
            <numerusform>%n needs attention now, {0} more to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="191"/>
        <source>%n need attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n need attention now, {0} more to do.</numerusform>
            <numerusform>%n need attention now, {0} more to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPointsEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="155"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="156"/>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="157"/>
        <source>Climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="158"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="161"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="162"/>
        <source>Main industries, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="163"/>
        <source>e.g. wine, tourism, software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="164"/>
        <source>Academic institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="165"/>
        <source>Academic institutions by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="166"/>
        <source>Cultural institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="167"/>
        <source>Cultural institutions by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="168"/>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="169"/>
        <source>Geography:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="170"/>
        <source>Climate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="171"/>
        <source>Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="172"/>
        <source>Schools and universities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="173"/>
        <location filename="../sistercity_desktop/ui/data_points.py" line="175"/>
        <source>… by name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="174"/>
        <source>Culture:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="97"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="102"/>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="140"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="85"/>
        <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Edit exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Add exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130"/>
        <source>When the letter, email, call or visit happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="136"/>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="139"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="142"/>
        <source>Our people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143"/>
        <source>Who took part on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144"/>
        <source>Their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145"/>
        <source>Who took part on the partner city&apos;s side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="150"/>
        <source>What was said or agreed, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="159"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="160"/>
        <source>S&amp;ent or received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="161"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="162"/>
        <source>&amp;Our people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="163"/>
        <source>&amp;Their people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="164"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sistercity_desktop/files.py" line="37"/>
        <source>Cannot write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="39"/>
        <source>Agreements are written in {languages}; &apos;{language}&apos; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="73"/>
        <source>The area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="80"/>
        <source>Unknown area of cooperation &apos;{area}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="90"/>
        <source>Unknown clause &apos;{clause}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="97"/>
        <source>The number of exchanges a year must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="106"/>
        <source>The place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="197"/>
        <source>Choose the two originals or a plain bilingual copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="202"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="286"/>
        <source>Choose the partner city first (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="207"/>
        <source>Agreements are written in {languages}; change the document language &apos;{language}&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="117"/>
        <source>The host is either our city or the partner city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="133"/>
        <source>Unknown preset &apos;{key}&apos;; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="151"/>
        <source>An event lasts from 1 to 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="153"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="219"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="42"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="98"/>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="156"/>
        <source>The partner&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="158"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="160"/>
        <source>The cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="181"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="191"/>
        <source>That event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="208"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="210"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="28"/>
        <source>Side must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="218"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="40"/>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="227"/>
        <source>A gift is given or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="231"/>
        <source>The gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="234"/>
        <source>The recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="236"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="372"/>
        <location filename="../sistercity_desktop/services/research.py" line="241"/>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="261"/>
        <source>Set the ceremony&apos;s date, start time and time zone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="75"/>
        <source>Add the order of events first (choose a preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="201"/>
        <source>Unknown ceremony document &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="54"/>
        <source>Set up your committee first (or run `sistercity demo`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="79"/>
        <location filename="../sistercity_desktop/services/committee.py" line="157"/>
        <source>The committee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="81"/>
        <source>Your city&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="85"/>
        <location filename="../sistercity_desktop/services/committee.py" line="180"/>
        <source>Choose your city&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="87"/>
        <location filename="../sistercity_desktop/services/committee.py" line="192"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="320"/>
        <location filename="../sistercity_desktop/services/research.py" line="212"/>
        <source>The population must be between 0 and 100 million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="90"/>
        <source>This data folder already has a committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="97"/>
        <source>The official&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="100"/>
        <source>The official&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="103"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="43"/>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="108"/>
        <location filename="../sistercity_desktop/services/committee.py" line="160"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="33"/>
        <source>The email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="121"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="265"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="324"/>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="128"/>
        <location filename="../sistercity_desktop/services/committee.py" line="196"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="252"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="276"/>
        <location filename="../sistercity_desktop/services/research.py" line="183"/>
        <location filename="../sistercity_desktop/services/research.py" line="189"/>
        <source>Unknown field &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="162"/>
        <location filename="../sistercity_desktop/services/committee.py" line="170"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="35"/>
        <source>“{email}” does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="167"/>
        <source>The national body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="175"/>
        <source>The language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="189"/>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="31"/>
        <source>Role must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="46"/>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="81"/>
        <source>Direction must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="84"/>
        <source>Channel must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="87"/>
        <source>An exchange cannot be dated in the future; plan it in the work plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="91"/>
        <source>Our people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="93"/>
        <source>Their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="95"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="148"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="113"/>
        <source>The summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="114"/>
        <location filename="../sistercity_desktop/services/correspondence.py" line="160"/>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="138"/>
        <location filename="../sistercity_desktop/store/backup.py" line="122"/>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="141"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="154"/>
        <source>Cannot copy {name}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/demo.py" line="32"/>
        <source>This data folder already has a committee; use an empty data folder for the demo (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="53"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="74"/>
        <source>Give the partnership&apos;s id (at least its first 4 characters); `sistercity list --json` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="79"/>
        <source>No partnership has an id starting with &apos;{text}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/documents.py" line="82"/>
        <source>&apos;{text}&apos; matches %n partnership(s); give more of the id.</source>
        <translation>
            <numerusform>&apos;{text}&apos; matches %n partnership; give more of the id.</numerusform>
            <numerusform>&apos;{text}&apos; matches %n partnerships; give more of the id.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="128"/>
        <source>Usage: sistercity document PARTNERSHIP_ID KIND --out DIR (see --list-kinds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="132"/>
        <source>Unknown document kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="137"/>
        <source>Say where to write the document with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="41"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="158"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="148"/>
        <location filename="../sistercity_desktop/services/research.py" line="267"/>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="127"/>
        <source>An evaluation cannot be recorded for a future date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="128"/>
        <source>An adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="136"/>
        <source>The next evaluation must come after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="69"/>
        <source>No evaluation has been recorded yet (step 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="95"/>
        <source>Unknown document &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="132"/>
        <source>Nothing to put in a calendar yet: no ceremony, evaluation or dated work plan item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="50"/>
        <source>Your policy already has questions; edit them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="58"/>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="61"/>
        <source>A question&apos;s weight is from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="99"/>
        <source>The source must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="103"/>
        <source>The country must be a two-letter code such as FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="108"/>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="111"/>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="123"/>
        <source>That inquiry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="131"/>
        <source>That question is no longer in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="146"/>
        <location filename="../sistercity_desktop/services/research.py" line="265"/>
        <source>The decision must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="85"/>
        <source>Unknown letter kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="89"/>
        <source>Letters are written in {choices}; &apos;{language}&apos; is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="128"/>
        <source>Choose the partner city first (step 2): a letter needs a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="190"/>
        <source>A paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="192"/>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="194"/>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="196"/>
        <source>The salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="197"/>
        <source>The opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="199"/>
        <source>The closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="202"/>
        <source>The letter needs at least one paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="267"/>
        <source>Layout must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="51"/>
        <source>The email texts are missing from resources/email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="106"/>
        <location filename="../sistercity_desktop/services/packets.py" line="169"/>
        <source>Unknown document &apos;{kind}&apos;; choose from {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="166"/>
        <source>Choose at least one document for the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="251"/>
        <source>Set the national sister cities body&apos;s email address first (File › Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="261"/>
        <source>Record the signing date first (step 6): this packet goes out after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="125"/>
        <source>No partnership with id {pid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="180"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="181"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="182"/>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="183"/>
        <source>Climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="184"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="185"/>
        <source>Academic institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="186"/>
        <source>Cultural institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="187"/>
        <source>Academic kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="188"/>
        <source>Cultural kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="189"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="190"/>
        <source>Official name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="191"/>
        <source>Official title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="192"/>
        <source>Local organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="193"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="194"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="195"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="196"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="209"/>
        <source>{label} cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="211"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="220"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="370"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="80"/>
        <source>Kind must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="223"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="357"/>
        <source>The step must be between 1 and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="225"/>
        <source>The partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="228"/>
        <source>Choose the partner city&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="261"/>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="309"/>
        <source>Unknown city field &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="317"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="329"/>
        <source>The country must be a two-letter ISO code such as JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="340"/>
        <source>Unknown checklist item &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="360"/>
        <source>Steps are taken in order; finish the ones before it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="88"/>
        <source>The limit must be between 1 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="125"/>
        <source>No city with GeoNames id {geonameid} in the gazetteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="130"/>
        <location filename="../sistercity_desktop/services/research.py" line="149"/>
        <source>{city} is already a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="140"/>
        <source>The city&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="144"/>
        <source>Choose the candidate city&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="162"/>
        <source>That candidate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="173"/>
        <source>The strength of the historical tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="175"/>
        <source>The strength of the historical tie is from 0 (none) to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="202"/>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="210"/>
        <source>The population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="219"/>
        <source>Choose a climate from: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="225"/>
        <source>Unknown kind &apos;{kind}&apos;; choose from {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="233"/>
        <source>The kind of tie must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="236"/>
        <source>A tie&apos;s strength is 1 (slight), 2 (real) or 3 (strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="275"/>
        <source>{city} is already chosen; set it back to “considering” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="372"/>
        <source>Your city&apos;s position is unknown, so distance cannot be used: pick your city from the gazetteer in the research step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="392"/>
        <source>Enter your city&apos;s population first (File › Committee and city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="162"/>
        <source>Not a valid data file: {where}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="170"/>
        <source>more than {count} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="173"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="177"/>
        <source>unknown field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="184"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="192"/>
        <source>{value} is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="195"/>
        <source>duplicate id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="202"/>
        <source>must not be empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="207"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="211"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="215"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="217"/>
        <source>expected an ordinary number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="221"/>
        <source>expected a date as text (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="226"/>
        <source>{value} is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="230"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="233"/>
        <source>text with broken characters (lone surrogates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="236"/>
        <source>text longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="240"/>
        <source>{value} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="244"/>
        <source>unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="256"/>
        <source>must be between 1 and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="265"/>
        <location filename="../sistercity_desktop/services/transfer.py" line="317"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="272"/>
        <source>the same checklist item appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="277"/>
        <source>Not a valid data file: {name} is not a number this app stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="287"/>
        <source>Not a valid data file: not JSON ({error}, line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="291"/>
        <source>Not a valid data file: it is nested far too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="294"/>
        <source>Not a valid data file: it holds a number too long to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="297"/>
        <source>Not a Sister City Desktop data file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="301"/>
        <source>Not a valid data file: unknown field {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="307"/>
        <source>Unsupported data file version {shown}; this app reads version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="339"/>
        <source>The data file conflicts with what is already stored ({error}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="370"/>
        <source>This data folder belongs to {ours}; the file is for another committee ({theirs}). Import it into an empty data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="388"/>
        <source>{path} is too large for a data file ({size} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="393"/>
        <source>No such file: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="396"/>
        <source>Not a valid data file: {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="399"/>
        <source>Cannot read {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="58"/>
        <source>A goal is short-term (within a year) or long-term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="61"/>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="64"/>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="83"/>
        <source>Term must be short or long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="85"/>
        <source>Status must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="88"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="90"/>
        <source>The budget must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="92"/>
        <source>The number of participants must be between 0 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="95"/>
        <source>That goal belongs to another partnership or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="101"/>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="105"/>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="123"/>
        <source>That work plan item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="88"/>
        <source>Cannot create {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="94"/>
        <source>{path} already exists; choose another folder or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="125"/>
        <source>Cannot write the packet in {path}: {error}. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="70"/>
        <source>Could not copy the database to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="132"/>
        <source>{name} is not a readable database ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="135"/>
        <source>{name} is damaged ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="137"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="139"/>
        <source>{name} is not a Sister City Desktop store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="94"/>
        <source>Cannot use the data folder {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="102"/>
        <source>The data file {path} cannot be read: {reason} Nothing was changed; restore a backup (`sistercity restore`) or move the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="119"/>
        <location filename="../sistercity_desktop/store/db.py" line="163"/>
        <source>{path} is not a Sister City Desktop database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="123"/>
        <source>{path} is an SQLite database, but not one of Sister City Desktop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="138"/>
        <source>{path} was written by a newer version of Sister City Desktop (schema {schema}); please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="169"/>
        <source>the integrity check found damage ({details}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="185"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="200"/>
        <source>Cannot open {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="229"/>
        <source>Cannot restore: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="159"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="167"/>
        <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="180"/>
        <source>What the app knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="182"/>
        <source>Partnership health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="189"/>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="201"/>
        <source>Record an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="204"/>
        <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Part and question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220"/>
        <source>{0} rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="221"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224"/>
        <source>{0} evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="225"/>
        <source>What shows it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236"/>
        <source>Adjustments to the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="237"/>
        <source>One change per line; each line becomes a new item in the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="240"/>
        <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="243"/>
        <source>The committee&apos;s conclusion in a few sentences; it opens the evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247"/>
        <source>The day the committee evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="399"/>
        <source>Next evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="249"/>
        <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="256"/>
        <source>Ad&amp;justments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="259"/>
        <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262"/>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="263"/>
        <source>Ne&amp;xt evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="267"/>
        <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275"/>
        <source>&amp;Record evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="276"/>
        <source>Record evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="303"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305"/>
        <source>Past evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="306"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310"/>
        <source>Evaluation repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311"/>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="312"/>
        <source>Preview, print or save the latest evaluation as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="326"/>
        <source>Score {0} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="335"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="342"/>
        <source>Adjustments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="346"/>
        <source>No evaluation recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="387"/>
        <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="401"/>
        <source>Say on which day the evaluation was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="404"/>
        <source>Rate at least one part or write a summary before recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418"/>
        <source>Next evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="419"/>
        <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="422"/>
        <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="426"/>
        <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="438"/>
        <source>Evaluation of {0} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="440"/>
        <source>%n adjustment was added to the work plan as new items.</source>
        <translation>
            <numerusform>%n adjustment was added to the work plan as new items.</numerusform>
            <numerusform>%n adjustment was added to the work plan as new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="443"/>
        <source>%n adjustments were added to the work plan as new items.</source>
        <translation>
            <numerusform>%n adjustments were added to the work plan as new items.</numerusform>
            <numerusform>%n adjustments were added to the work plan as new items.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="455"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="55"/>
        <source>Export a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="64"/>
        <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="66"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="74"/>
        <source>Not ready yet for this partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="79"/>
        <source>Save in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="80"/>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One &amp;ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="85"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="87"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="88"/>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="98"/>
        <source>Email draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="101"/>
        <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="103"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="114"/>
        <source>Email language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="119"/>
        <source>Make &amp;email draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="122"/>
        <source>Open as &amp;plain email (no attachments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="125"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="136"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="139"/>
        <source>&amp;Show in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="142"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="154"/>
        <source>Save the packet in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="201"/>
        <source>Preparing the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="167"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="178"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="200"/>
        <source>Preparing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="212"/>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="240"/>
        <source>Large attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="241"/>
        <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="253"/>
        <source>Email draft written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="89"/>
        <source>Work plan timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="111"/>
        <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="182"/>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="229"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="185"/>
        <source>pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="189"/>
        <source>no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="192"/>
        <source>{0} (pilot, overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="194"/>
        <source>{0} (pilot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="196"/>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="213"/>
        <source>Nothing planned yet: add a programme or exchange above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="226"/>
        <source>planned or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="227"/>
        <source>★ pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="228"/>
        <source>done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="241"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="289"/>
        <source>No dates (add a start or end date to place these on the timeline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="292"/>
        <source>{0} — no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="295"/>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="104"/>
        <source>No contact recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="108"/>
        <source>Last contact less than a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="109"/>
        <source>Last contact %n month(s) ago</source>
        <translation>
            <numerusform>Last contact %n month ago</numerusform>
            <numerusform>Last contact %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="118"/>
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>No contact for %n month</numerusform>
            <numerusform>No contact for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="148"/>
        <source>{held} of %n planned exchange(s) held</source>
        <translation>
            <numerusform>{held} of %n planned exchange held</numerusform>
            <numerusform>{held} of %n planned exchanges held</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="156"/>
        <source>No exchanges due in the work plan so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="160"/>
        <source>Activity in %n sector(s)</source>
        <translation>
            <numerusform>Activity in %n sector</numerusform>
            <numerusform>Activity in %n sectors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="163"/>
        <source>No activity in any sector in the last 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="165"/>
        <source>Activity in only %n sector(s)</source>
        <translation>
            <numerusform>Activity in only %n sector</numerusform>
            <numerusform>Activity in only %n sectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="170"/>
        <source>%n participant(s) in the last year</source>
        <translation>
            <numerusform>%n participant in the last year</numerusform>
            <numerusform>%n participants in the last year</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="174"/>
        <source>No participants in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="177"/>
        <source>Only %n participant(s) in the last year</source>
        <translation>
            <numerusform>Only %n participant in the last year</numerusform>
            <numerusform>Only %n participants in the last year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="183"/>
        <source>%n work plan item(s) overdue</source>
        <translation>
            <numerusform>%n work plan item overdue</numerusform>
            <numerusform>%n work plan items overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="187"/>
        <source>Evaluation overdue (due {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="193"/>
        <source>Signed less than a month ago: still settling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="195"/>
        <source>Signed %n month(s) ago: still settling in</source>
        <translation>
            <numerusform>Signed %n month ago: still settling in</numerusform>
            <numerusform>Signed %n months ago: still settling in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="217"/>
        <source>Agreement not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="218"/>
        <source>Agreement to be signed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="146"/>
        <source>Inquiries and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="180"/>
        <source>Your &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="183"/>
        <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Policy questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="189"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <source>&amp;Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="583"/>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="200"/>
        <source>Remove the selected question from the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use su&amp;ggested questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use suggested questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="204"/>
        <source>Start from seven common questions; you can remove or add questions afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="212"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216"/>
        <source>e.g. The city has a direct train or flight to ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="218"/>
        <source>A question answered Yes or No per inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="220"/>
        <source>New &amp;question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225"/>
        <source>Req&amp;uired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="227"/>
        <source>A required question must be answered Yes for the request to meet the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="232"/>
        <source>How much an optional question counts, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="235"/>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="250"/>
        <source>I&amp;nquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="259"/>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an &amp;inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="269"/>
        <source>Note a request to partner from a city abroad or from local residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <source>Remo&amp;ve inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="616"/>
        <source>Remove inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="273"/>
        <source>Remove the selected inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="283"/>
        <source>Select an inquiry above to answer your policy questions and record the committee&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="318"/>
        <source>Policy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="325"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="328"/>
        <source>Why the committee decided this (needed unless the decision is still pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332"/>
        <source>Record d&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="333"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="335"/>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="337"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="340"/>
        <source>Recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="376"/>
        <source>Weight counts only for optional questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="417"/>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="420"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="421"/>
        <source>received {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423"/>
        <source>contact: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="425"/>
        <source>No summary was noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="446"/>
        <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="451"/>
        <source>{0} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="457"/>
        <source>Required question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="458"/>
        <source>Optional question, weight {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="479"/>
        <source>No policy questions yet, so there is nothing to weigh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="486"/>
        <source>Policy check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="487"/>
        <source>The policy is a guide; the committee decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="500"/>
        <source>No decision recorded yet. Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501"/>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="503"/>
        <source>Recorded: {0} on {1}. Reason: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="506"/>
        <source>Recorded: {0}. Reason: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="584"/>
        <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="617"/>
        <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="637"/>
        <source>Select an inquiry first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="656"/>
        <source>Record an inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="663"/>
        <source>The city abroad the request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669"/>
        <source>What they ask for and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="671"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Co&amp;ntact name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>&amp;Received on (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="699"/>
        <source>Choose the country from the list (type part of its name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219"/>
        <source>Edit programme or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220"/>
        <source>Add a programme or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224"/>
        <source>What will happen, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225"/>
        <source>e.g. Summer youth soccer exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Short term is within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232"/>
        <source>This is the &amp;pilot programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233"/>
        <source>Pilot programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234"/>
        <source>The first, small programme that tests the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Who makes sure it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>When it should be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242"/>
        <source>An amount in your currency; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243"/>
        <source>e.g. 2500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245"/>
        <source>How many people take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246"/>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>The work plan goal this serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248"/>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273"/>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279"/>
        <source>Te&amp;rm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>Parti&amp;cipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309"/>
        <source>The budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310"/>
        <source>The number of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="316"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="125"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="130"/>
        <source>The letter is written in the partner&apos;s language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="134"/>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="138"/>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="139"/>
        <source>Courtesy copy language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="140"/>
        <source>No courtesy copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="145"/>
        <source>Two letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="146"/>
        <source>Courtesy copy as a second letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="147"/>
        <source>Parallel columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="148"/>
        <source>Courtesy copy in a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="150"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="152"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="158"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="159"/>
        <source>&amp;Courtesy copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="160"/>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="161"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="165"/>
        <source>Letter wording by language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="171"/>
        <source>Use the proposed &amp;wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="173"/>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="175"/>
        <source>Mark as &amp;sent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="212"/>
        <source>{0} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="223"/>
        <source>Use the proposed wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="224"/>
        <source>Replace your edits of this letter with the wording the app proposes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="238"/>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="267"/>
        <source>Recorded in the correspondence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="165"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="317"/>
        <source>{0} — Sister City Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="102"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="120"/>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="96"/>
        <source>Sister City Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="115"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="243"/>
        <source>What is &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="116"/>
        <source>Everything due across your partnerships (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="122"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="210"/>
        <source>&amp;New partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="130"/>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="147"/>
        <source>Every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Committee and city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Inquiries and policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="249"/>
        <source>&amp;About Sister City Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="270"/>
        <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="307"/>
        <source>Partnership created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="336"/>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="337"/>
        <source>Open a partnership first, then export its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="380"/>
        <source>Could not save window size: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="161"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="162"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPartnershipWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="33"/>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="37"/>
        <source>Who is the partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="38"/>
        <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="41"/>
        <source>We have not chosen a partner city yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="42"/>
        <source>Partner not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="43"/>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="44"/>
        <source>Partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="45"/>
        <source>Kind of partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="46"/>
        <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="51"/>
        <source>Partner &amp;city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="52"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="53"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="54"/>
        <source>Starting step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="55"/>
        <source>For a partnership already under way, start at the step it has reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="58"/>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="59"/>
        <source>&amp;Starting at step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="63"/>
        <source>Document languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="64"/>
        <source>Letters and the agreement are written in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="66"/>
        <source>Partner&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="67"/>
        <source>Our language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="70"/>
        <source>&amp;Partner&apos;s language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="71"/>
        <source>&amp;Our language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="92"/>
        <source>Suggested from the country&apos;s official language: {0}. Change it if the city uses another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="100"/>
        <source>Enter the partner city&apos;s name, or tick “not chosen yet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="104"/>
        <source>Choose the partner city&apos;s country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="27"/>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="28"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="29"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="30"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="78"/>
        <source>Not chosen yet: %n candidate(s)</source>
        <translation>
            <numerusform>Not chosen yet: %n candidate</numerusform>
            <numerusform>Not chosen yet: %n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="46"/>
        <source>Preview — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57"/>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="61"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="63"/>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="65"/>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="67"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="78"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="86"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="79"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="99"/>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="100"/>
        <source>No PDF viewer answered. The file is at:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="48"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="51"/>
        <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="53"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Pseudo-localisation (for testers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="62"/>
        <source>The new language is used the next time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="66"/>
        <source>National sister cities body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="68"/>
        <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Name of the national body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Email of the national body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="114"/>
        <source>The language could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="43"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="44"/>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="45"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="46"/>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="47"/>
        <source>Cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="48"/>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="49"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="99"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="101"/>
        <source>Select a candidate above to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="111"/>
        <source>Find candidate cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="114"/>
        <source>Type a city&apos;s name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="117"/>
        <source>Search the world gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="118"/>
        <source>Loading the world gazetteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="122"/>
        <source>&amp;Add as candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="124"/>
        <source>Su&amp;ggest cities like ours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="130"/>
        <source>Matching cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="140"/>
        <source>Type a city name ({0} cities)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="143"/>
        <source>The gazetteer could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="154"/>
        <source>{0} — {1}, population {2}, {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="164"/>
        <source>Type a city&apos;s name and pick it from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="187"/>
        <source>Compare candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="190"/>
        <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="197"/>
        <source>Weight of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="202"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="210"/>
        <source>Candidate comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="230"/>
        <source>Research &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="254"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="311"/>
        <source>Your city&apos;s data points (what candidates are compared with)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="59"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="63"/>
        <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="65"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="69"/>
        <source>{0} · {1} · {2} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="75"/>
        <source>No automatic backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="78"/>
        <source>Choose another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="86"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="93"/>
        <source>Sister City Desktop stores (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="100"/>
        <source>Choose a backup in the list, or another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="69"/>
        <source>Flag and seating plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="83"/>
        <source>Seen from the audience, from left to right: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="85"/>
        <source>No plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="119"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="151"/>
        <source>Host: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="152"/>
        <source>Host side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="153"/>
        <source>Guest: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="154"/>
        <source>Guest side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="161"/>
        <source>Seen from the audience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="27"/>
        <source>Welcome to Sister City Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31"/>
        <source>Your committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="32"/>
        <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35"/>
        <source>Committee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36"/>
        <source>e.g. Riverton Sister Cities Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37"/>
        <source>Committee language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="38"/>
        <source>The language your committee works in; documents get a copy in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40"/>
        <source>Committee email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41"/>
        <source>Committee &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42"/>
        <source>Committee &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="43"/>
        <source>Committee &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48"/>
        <source>Your city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="49"/>
        <source>Partners will want to know about your city; you can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52"/>
        <source>City name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="54"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58"/>
        <source>Highest elected official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59"/>
        <source>Official&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60"/>
        <source>Local sister city organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63"/>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64"/>
        <source>Highest elected &amp;official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65"/>
        <source>Official&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="66"/>
        <source>Local &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="71"/>
        <source>You can change all of this later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="61"/>
        <source>Step {0} of 7 · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="75"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="82"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="98"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="120"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="194"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="200"/>
        <source>{0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="170"/>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="181"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="182"/>
        <source>Highest official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="183"/>
        <source>Official&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="184"/>
        <source>Official&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="185"/>
        <source>Used for the correct title and salutation in letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="201"/>
        <source>Official&apos;s gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="212"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="220"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="222"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="223"/>
        <source>No contacts yet: add one at the mayor&apos;s office and a volunteer on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="227"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="229"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="404"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="239"/>
        <source>Notes and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="242"/>
        <source>Notes and decisions for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="255"/>
        <source>Write a note or a decision the committee took…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="257"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="263"/>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="264"/>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="266"/>
        <source>Delete selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="319"/>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="320"/>
        <source>{0}

Keep this date anyway? Say why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="327"/>
        <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="361"/>
        <source>✔ This step is done. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/step_page.py" line="364"/>
        <source>%n of {0} items still open. Done when: {1}</source>
        <translation>
            <numerusform>%n of {0} items still open. Done when: {1}</numerusform>
            <numerusform>%n of {0} items still open. Done when: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="368"/>
        <source>Almost there. Done when: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="385"/>
        <source>Select a note in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="387"/>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="388"/>
        <source>Delete the selected note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="401"/>
        <source>Select a contact in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="405"/>
        <source>Remove {0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39"/>
        <source>Suggest cities like ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43"/>
        <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47"/>
        <source>Countries (two-letter codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48"/>
        <source>e.g. FR, ES, IT — empty for every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49"/>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50"/>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54"/>
        <source>Maximum distance in km (0 for any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57"/>
        <source>any distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58"/>
        <source>Leave out countries where we already have a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60"/>
        <source>How many suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63"/>
        <source>&amp;Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65"/>
        <source>&amp;Distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73"/>
        <source>&amp;Add selected as candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85"/>
        <source>Suggested cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100"/>
        <source>“{0}” is not a two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107"/>
        <source>Searching 34,000 cities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="122"/>
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n suggestion.</numerusform>
            <numerusform>%n suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="127"/>
        <source>{0} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="140"/>
        <source>Select a city in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="149"/>
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>Added %n candidate.</numerusform>
            <numerusform>Added %n candidates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBoxes</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="124"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPlanPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="345"/>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353"/>
        <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365"/>
        <source>Preview, print or save the work plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369"/>
        <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384"/>
        <source>Work plan goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385"/>
        <source>Short-term goals first, then long-term goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390"/>
        <source>Goal term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391"/>
        <source>Short term is within a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395"/>
        <source>e.g. Every school in town has a class link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397"/>
        <source>Goal description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398"/>
        <source>Optional: how you will know the goal is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400"/>
        <source>Optional: how you will know it is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404"/>
        <source>Remo&amp;ve goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619"/>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406"/>
        <source>Its programmes stay in the plan without a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408"/>
        <source>New goal t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414"/>
        <source>Descriptio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426"/>
        <source>Programmes and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427"/>
        <source>Double-click a row to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444"/>
        <source>&amp;Add programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445"/>
        <source>Add programme or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448"/>
        <source>Edit programme or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451"/>
        <source>Delete programme or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457"/>
        <source>Timeline (point at a bar to see its dates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536"/>
        <source>The end date {0} has passed and it is not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539"/>
        <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609"/>
        <source>Select a goal in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612"/>
        <source>Remove the goal “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615"/>
        <source>%n programme under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>%n programme under it stay in the plan without a goal.</numerusform>
            <numerusform>%n programme under it stay in the plan without a goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618"/>
        <source>%n programmes under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>%n programmes under it stay in the plan without a goal.</numerusform>
            <numerusform>%n programmes under it stay in the plan without a goal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661"/>
        <source>Select a programme in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664"/>
        <source>Delete programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665"/>
        <source>Delete “{0}” from the work plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682"/>
        <source>Preparing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720"/>
        <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="60"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="71"/>
        <source>Step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="72"/>
        <source>{0}: {1} (Ctrl+{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="87"/>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="88"/>
        <source>Previous step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="91"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="145"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="148"/>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="92"/>
        <source>Next step (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="119"/>
        <source>Partner not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="120"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="129"/>
        <source>Documents in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="130"/>
        <source>Now at step {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="146"/>
        <source>Complete step and go o&amp;n ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="149"/>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="167"/>
        <source>Steps are taken in order: finish the steps before it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="187"/>
        <source>Move on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="188"/>
        <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="200"/>
        <source>Moved on to step {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="214"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="226"/>
        <source>Next: {0} (due {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="228"/>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="29"/>
        <location filename="../sistercity_desktop/ui/about.py" line="38"/>
        <source>{0}: MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="30"/>
        <source>{0} and {1}: LGPL v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="32"/>
        <source>{0} and {1}: MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="34"/>
        <source>{0}: BSD licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="35"/>
        <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="39"/>
        <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="43"/>
        <source>Fonts: {0}; licence texts in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="55"/>
        <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="59"/>
        <source>Your data stays on this computer, in the data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="62"/>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="69"/>
        <source>About Sister City Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40"/>
        <source>Both texts equally authentic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41"/>
        <source>One signed original for each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42"/>
        <source>Effective on signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43"/>
        <source>Creates no legally binding obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44"/>
        <source>Names the implementing committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45"/>
        <source>Either side may end it by written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54"/>
        <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65"/>
        <source>Two originals are printed, one kept by each city. In each city&apos;s own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../sistercity_desktop/app.py" line="131"/>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="158"/>
        <source>Sister City Desktop is already open with this data folder. Switch to its window (or close it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="199"/>
        <source>Your data file is damaged and cannot be opened safely.

{reason}

The damaged file will not be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="208"/>
        <source>Restore the backup of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="210"/>
        <source>Start fresh (keep the damaged file aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="213"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="356"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="373"/>
        <source>Restored. What was there before is kept as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="35"/>
        <source>before-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="48"/>
        <source>A backup was saved as:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ceremony</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="55"/>
        <source>Master of ceremonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="56"/>
        <source>Host signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57"/>
        <source>Guest signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58"/>
        <source>Host council chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59"/>
        <source>Guest council chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60"/>
        <source>Diplomatic guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61"/>
        <source>Protocol officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62"/>
        <source>Signing assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63"/>
        <source>Host interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64"/>
        <source>Guest interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65"/>
        <source>Performers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="69"/>
        <source>Announces each item of the programme; usually provided by the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71"/>
        <source>Seats people, passes the documents and arranges the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73"/>
        <source>Stands behind the signatories and turns the pages to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75"/>
        <source>Sits beside or just behind the host signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77"/>
        <source>Sits beside or just behind the guest signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79"/>
        <source>E.g. a consul or ambassador who offers congratulations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="82"/>
        <source>Guests&apos; &amp;programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="83"/>
        <source>&amp;Run-of-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84"/>
        <source>Seating plan (P&amp;DF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="150"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="151"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>correspondence_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="65"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="66"/>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="67"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="68"/>
        <source>Our people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="69"/>
        <source>Their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="70"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="71"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="89"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="92"/>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="94"/>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="103"/>
        <source>%n file</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="104"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n files</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="109"/>
        <source>No contact recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="111"/>
        <source>Last contact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113"/>
        <source>Last contact yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114"/>
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Last contact %n days ago</numerusform>
            <numerusform>Last contact %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="36"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="37"/>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="38"/>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="39"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="40"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="45"/>
        <source>Partner not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="46"/>
        <source>Signing ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="47"/>
        <source>Evaluation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="48"/>
        <source>Partnership at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="69"/>
        <source>⚠ Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="70"/>
        <source>⚠ Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="72"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="73"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="79"/>
        <source>Work plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="89"/>
        <source>{0} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="91"/>
        <source>{0} (%n day late)</source>
        <translation>
            <numerusform>{0} (%n day late)</numerusform>
            <numerusform>{0} (%n day late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="93"/>
        <source>{0} (%n days late)</source>
        <translation>
            <numerusform>{0} (%n days late)</numerusform>
            <numerusform>{0} (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="96"/>
        <source>{0} (in %n day)</source>
        <translation>
            <numerusform>{0} (in %n day)</numerusform>
            <numerusform>{0} (in %n day)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="97"/>
        <source>{0} (in %n days)</source>
        <translation>
            <numerusform>{0} (in %n days)</numerusform>
            <numerusform>{0} (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="102"/>
        <source>Step {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/dashboard.py" line="60"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="38"/>
        <source>Letter of introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="39"/>
        <source>Invitation for a delegation visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="40"/>
        <source>Letter to the national sister cities body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74"/>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77"/>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="78"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79"/>
        <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81"/>
        <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83"/>
        <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="85"/>
        <source>Are meetings held, records kept and money accounted for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86"/>
        <source>How many exchanges took place, in how many fields, and who took part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="88"/>
        <source>Did the work plan happen as planned, on time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="89"/>
        <source>What changed for the two communities because of the partnership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="73"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="76"/>
        <source>{months} and {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="85"/>
        <source>the {low}–{high} month window after signing that the guide recommends ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="89"/>
        <source>{day} is {gap} before {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="92"/>
        <source>{day} is {gap} after {window}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluation_facts</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97"/>
        <source>Exchanges held against planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98"/>
        <source>Time since last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99"/>
        <source>Participants in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100"/>
        <source>Sectors involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101"/>
        <source>Overdue work plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/evaluation.py" line="92"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="94"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="102"/>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="96"/>
        <source>{held} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="101"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="103"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluation_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="54"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="55"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="56"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="57"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61"/>
        <source>1 – poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62"/>
        <source>2 – weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63"/>
        <source>3 – fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="64"/>
        <source>4 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="65"/>
        <source>5 – very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="135"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="141"/>
        <source>overall {0} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144"/>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="145"/>
        <source>no summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gantt_view</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="31"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="32"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="33"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="34"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gifts</name>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="330"/>
        <source>Avoid white flowers, which are associated with funerals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="331"/>
        <source>Avoid sets of 4 or 9: 4 (shi) sounds like &apos;death&apos; and 9 (ku) like &apos;suffering&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="333"/>
        <source>Wrap without white or black paper (funeral colours); red-and-white or gold-and-silver ties suit celebrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="335"/>
        <source>Present and receive gifts with both hands; gifts are usually not opened in front of the giver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="337"/>
        <source>Knives and scissors can suggest cutting ties (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="340"/>
        <source>Avoid clocks: &apos;giving a clock&apos; (song zhong) sounds like attending a death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="342"/>
        <source>Avoid sets of 4: 4 (si) sounds like &apos;death&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="343"/>
        <source>Avoid umbrellas (san sounds like &apos;separate&apos;) and sharp objects such as knives or scissors (cutting ties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="345"/>
        <source>Wrap without white or black, funeral colours; red and gold are festive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="347"/>
        <source>Avoid green hats, which imply an unfaithful spouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="348"/>
        <source>Officials work under strict rules on accepting gifts; prefer modest, symbolic items of your city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="350"/>
        <source>A gift may be politely declined once or twice before it is accepted (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="354"/>
        <source>Avoid clocks: &apos;giving a clock&apos; sounds like attending a death.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="355"/>
        <source>Avoid sets of 4: 4 sounds like &apos;death&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="356"/>
        <source>Avoid umbrellas (separation) and sharp objects (cutting ties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="357"/>
        <source>Wrap without white or black, funeral colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="358"/>
        <source>Handkerchiefs are associated with funerals and farewells (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="362"/>
        <source>Avoid sets of 4: 4 (sa) sounds like &apos;death&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="363"/>
        <source>Never write a person&apos;s name in red ink, which is used for the dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="364"/>
        <source>Present and receive gifts with both hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="365"/>
        <source>Public officials are bound by the anti-graft law (Improper Solicitation and Graft Act), which caps gift values; keep gifts modest and symbolic (exact limits for official exchanges unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="370"/>
        <source>Avoid leather goods, above all cowhide, which offends many Hindus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="371"/>
        <source>Avoid alcohol unless you know the recipient drinks; many abstain for religious reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="373"/>
        <source>Give and receive with the right hand or both hands, never the left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="375"/>
        <source>Bright wrapping (red, yellow, green) is auspicious; avoid black and white (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="379"/>
        <source>No alcohol or pork products, including in food hampers; both are banned at customs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="381"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="388"/>
        <source>Give and receive with the right hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="382"/>
        <source>Avoid images of dogs, and religious symbols of other faiths (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="386"/>
        <source>Avoid alcohol and pork products unless you know the recipient welcomes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="389"/>
        <source>Avoid images of dogs (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="392"/>
        <source>Give an odd number of flowers; even numbers are for funerals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="393"/>
        <source>Yellow flowers can signify separation (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="394"/>
        <source>Knives and other sharp objects are said to bring quarrels; the receiver may &apos;pay&apos; with a coin (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="396"/>
        <source>Do not hand a gift across a threshold (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="399"/>
        <source>Chrysanthemums, lilies and white calla lilies are associated with funerals (lilies unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="401"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="409"/>
        <source>Red roses signal romance; avoid them for officials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="402"/>
        <source>Officials need permission to accept gifts; expect gifts to be registered or handed to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="404"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="411"/>
        <source>Bouquets traditionally have an odd number of stems, but not 13 (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="408"/>
        <source>Avoid chrysanthemums, the flowers of graves (All Saints&apos; Day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="410"/>
        <source>Carnations and yellow flowers can be read badly (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="415"/>
        <source>Avoid chrysanthemums, which are funeral flowers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="416"/>
        <source>17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a gift rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="418"/>
        <source>Knives or scissors suggest cutting a relationship (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="419"/>
        <source>Purple wrapping is associated with bad luck or mourning (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="423"/>
        <source>Yellow marigolds (cempasuchil) belong to the Day of the Dead and funerals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="425"/>
        <source>Red flowers can carry negative meanings (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="426"/>
        <source>Knives suggest cutting the relationship (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="429"/>
        <source>Purple and black are associated with mourning; avoid them in flowers and wrapping (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="431"/>
        <source>Knives or scissors suggest cutting ties (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="432"/>
        <source>Handkerchiefs are associated with tears (unconfirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="435"/>
        <source>Gifts to officials often become city property and must be reported; record every gift given and received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="437"/>
        <source>Remove price tags and receipts; avoid items that display their price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="438"/>
        <source>Mind customs rules: food, plants, seeds, soil, meat and dairy are restricted in many countries; check both sides&apos; import rules before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="441"/>
        <source>Prefer symbolic items of your city (crafts, books, local art) of modest value; never cash or gift cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="443"/>
        <source>Agree with the partner&apos;s protocol office on who presents what, so gifts match in kind and value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inquiries</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54"/>
        <source>A city abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="55"/>
        <source>A local resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57"/>
        <source>from a city abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58"/>
        <source>from a local resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59"/>
        <source>City abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60"/>
        <source>Local resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61"/>
        <source>Meets the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62"/>
        <source>Does not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="63"/>
        <source>Answers missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="68"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="72"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74"/>
        <source>No policy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="100"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="104"/>
        <source>The date received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="43"/>
        <source>Mayor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="44"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="45"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="49"/>
        <source>Our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="50"/>
        <source>Partner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="53"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="54"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="57"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="58"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="59"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="60"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="61"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="62"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="65"/>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="66"/>
        <source>Friendship city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="69"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="70"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="73"/>
        <source>Ceremonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="74"/>
        <source>Precise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="77"/>
        <source>Short term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="78"/>
        <source>Long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="81"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="28"/>
        <source>high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="29"/>
        <source>language school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="30"/>
        <source>research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="31"/>
        <source>music venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="32"/>
        <source>community centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="40"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="41"/>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="42"/>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="43"/>
        <source>Academic institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="44"/>
        <source>Cultural institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="45"/>
        <source>Preexisting relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="46"/>
        <source>Historical or ancestral ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="48"/>
        <source>Under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="49"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="50"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="52"/>
        <source>Mayoral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="53"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="54"/>
        <source>Diaspora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="55"/>
        <source>Faith-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="56"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="57"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="59"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="60"/>
        <source>Time difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="61"/>
        <source>Shared office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="62"/>
        <source>Hemisphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="63"/>
        <source>Likely document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="65"/>
        <source>mayoral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="66"/>
        <source>trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="67"/>
        <source>diaspora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="68"/>
        <source>faith-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="69"/>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="70"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="72"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="73"/>
        <source>coast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="74"/>
        <source>river</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="75"/>
        <source>lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="76"/>
        <source>mountains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="77"/>
        <source>desert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="78"/>
        <source>island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="79"/>
        <source>plains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="80"/>
        <source>forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="81"/>
        <source>valley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="83"/>
        <source>tropical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="84"/>
        <source>arid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="85"/>
        <source>mediterranean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="86"/>
        <source>temperate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="87"/>
        <source>oceanic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="88"/>
        <source>continental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="89"/>
        <source>subarctic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="90"/>
        <source>highland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="92"/>
        <source>university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="93"/>
        <source>college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="94"/>
        <source>museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="95"/>
        <source>theatre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="96"/>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="97"/>
        <source>festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="98"/>
        <source>sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="110"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="282"/>
        <source>{what} not known for either city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="284"/>
        <source>{what} not known for your city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="285"/>
        <source>{what} not known for this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="294"/>
        <source>population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="300"/>
        <source>same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="302"/>
        <source>about the same size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="304"/>
        <source>{ratio}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="305"/>
        <source>population {ours} vs {theirs} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="320"/>
        <source>geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="332"/>
        <source>{climate} climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="334"/>
        <source>shared: {what} ({matches} of %n features)</source>
        <translation>
            <numerusform>shared: {what} ({matches} of %n features)</numerusform>
            <numerusform>shared: {what} ({matches} of %n features)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="337"/>
        <source>no shared features (%n in all)</source>
        <translation>
            <numerusform>no shared features (%n in all)</numerusform>
            <numerusform>no shared features (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="344"/>
        <source>industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="349"/>
        <source>shared: {what} ({matches} of %n industries)</source>
        <translation>
            <numerusform>shared: {what} ({matches} of %n industries)</numerusform>
            <numerusform>shared: {what} ({matches} of %n industries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="352"/>
        <source>no shared industries (%n in all)</source>
        <translation>
            <numerusform>no shared industries (%n in all)</numerusform>
            <numerusform>no shared industries (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="358"/>
        <source>no {noun} recorded for your city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="361"/>
        <source>no {noun} recorded for this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="365"/>
        <source>{matched} of %n of your institution kinds have a counterpart: {what}</source>
        <translation>
            <numerusform>{matched} of %n of your institution kinds have a counterpart: {what}</numerusform>
            <numerusform>{matched} of %n of your institution kinds have a counterpart: {what}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="369"/>
        <source>none of your %n institution kinds has a counterpart</source>
        <translation>
            <numerusform>none of your %n institution kinds has a counterpart</numerusform>
            <numerusform>none of your %n institution kinds has a counterpart</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="377"/>
        <source>no ties recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="380"/>
        <source>{kind} ({strength})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="386"/>
        <source>ties: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="392"/>
        <source>no historical or ancestral ties recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="396"/>
        <source>{strength} historical or ancestral ties ({value} of {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="416"/>
        <source>academic institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="418"/>
        <source>cultural institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="43"/>
        <source>{km} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="45"/>
        <source>not known (no coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="48"/>
        <source>{low} to {high} over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="50"/>
        <source>{now} now ({spread})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="53"/>
        <source>{hours} h when both city halls are open (9:00–17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="55"/>
        <source>none: city hall hours do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="58"/>
        <source>Northern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="59"/>
        <source>Southern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="62"/>
        <source>{hemisphere}, seasons opposite to ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="64"/>
        <source>{hemisphere}, same seasons as ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="67"/>
        <source>{language} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seating</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="26"/>
        <source>Signing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="27"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="28"/>
        <source>Host signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="29"/>
        <source>Guest signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="30"/>
        <source>Host original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="31"/>
        <source>Guest original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="32"/>
        <source>Host interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="33"/>
        <source>Guest interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="34"/>
        <source>Master of ceremonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="35"/>
        <source>Audience and press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="39"/>
        <source>Flag: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="40"/>
        <source>Host signatory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="41"/>
        <source>Guest signatory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="42"/>
        <source>Original of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="43"/>
        <source>Interpreter for {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="40"/>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="41"/>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="42"/>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../sistercity_desktop/ui/worker.py" line="33"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workplan_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60"/>
        <source>Youth pen pals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61"/>
        <source>Student exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62"/>
        <source>Municipal best practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63"/>
        <source>Delegation visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64"/>
        <source>Cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65"/>
        <source>Economic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68"/>
        <source>Short term (within a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69"/>
        <source>Long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71"/>
        <source>short term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72"/>
        <source>long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76"/>
        <source>Pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140"/>
        <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154"/>
        <source>{0} must be a whole number, like 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157"/>
        <source>{0} must be an amount, like 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164"/>
        <source>Overdue · {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
