<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AgreementPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96" />
            <source>Agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114" />
            <source>Areas of cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116" />
            <source>Tick what the two cities mean to work on together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122" />
            <source>Area of cooperation: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128" />
            <source>Areas of your own (written as you type them, in every language):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131" />
            <source>New area of cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132" />
            <source>e.g. Music education for children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135" />
            <source>Add a&amp;rea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141" />
            <source>Areas of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143" />
            <source>Remo&amp;ve area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152" />
            <source>Exchanges a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153" />
            <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156" />
            <source>not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160" />
            <source>Place of signing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161" />
            <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163" />
            <source>e.g. Greenvale City Hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166" />
            <source>E&amp;xchanges a year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167" />
            <source>Place of si&amp;gning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171" />
            <source>Standard clauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177" />
            <source>Clause: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184" />
            <source>Print the agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190" />
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191" />
            <source>Pa&amp;per:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193" />
            <source>Preview the two &amp;originals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195" />
            <source>Preview a plain bilingual &amp;copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257" />
            <source>Type the name of the area first, then choose “Add area”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267" />
            <source>Select one of your own areas in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270" />
            <source>Remove area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271" />
            <source>Remove “{0}” from the agreement?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="301" />
            <source>Preparing the PDF…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CandidateEditor</name>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="43" />
            <source>{0} ({1}) · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="46" />
            <source>Why ({0}): {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="48" />
            <source>Why: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="51" />
            <source>What the map and the calendar say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="54" />
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="62" />
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="130" />
            <source>{0}:</source>
            <comment>form label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="58" />
            <source>Similarity with your city, point by point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="61" />
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="66" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="66" />
            <source>Total:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="70" />
            <source>Data points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="83" />
            <source>Preexisting relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85" />
            <source>Relationships with this city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="88" />
            <source>{0} · strength {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="95" />
            <source>Kind of relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="98" />
            <source>Strength (1 slight, 3 strong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100" />
            <source>About this relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="101" />
            <source>e.g. our Rotary club has hosted their students</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103" />
            <source>Add &amp;relationship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="113" />
            <source>History, sources and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="116" />
            <source>Strength of historical ties (0 none, 3 strong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="121" />
            <source>Historical ties (0–3):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="122" />
            <source>Historical or ancestral connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123" />
            <source>Other relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124" />
            <source>Sources (where the facts come from)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="135" />
            <source>&amp;Choose this city…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137" />
            <source>&amp;Decline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139" />
            <source>Back to considering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141" />
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="198" />
            <source>Remove candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="168" />
            <source>Select a relationship in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="174" />
            <source>Why is this the partner for your city? Future committees will read this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176" />
            <source>Why not this city? Future committees will read this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="177" />
            <source>Why reopen this candidate? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178" />
            <source>Record the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/candidate_editor.py" line="199" />
            <source>Remove {0} and everything noted about it?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CeremonyPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="197" />
            <source>Ceremony planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="207" />
            <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="247" />
            <source>When, and who hosts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="249" />
            <source>Start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="250" />
            <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="252" />
            <source>HH:MM, e.g. 14:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="262" />
            <source>Start t&amp;ime:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266" />
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267" />
            <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city's name to find it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="280" />
            <source>e.g. Asia/Tokyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="284" />
            <source>Time &amp;zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="289" />
            <source>Our city hosts ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="290" />
            <source>Our city hosts the ceremony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="292" />
            <source>The partner city hosts ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="293" />
            <source>partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="294" />
            <source>The partner city hosts the ceremony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="304" />
            <source>Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="306" />
            <source>Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="379" />
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="410" />
            <source>Order of events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="382" />
            <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386" />
            <source>Ready-made order of events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="389" />
            <source>Read&amp;y-made order:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="391" />
            <source>Use this &amp;order of events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407" />
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407" />
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="408" />
            <source>Title in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="408" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="409" />
            <source>Note for the organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427" />
            <source>Add &amp;event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="428" />
            <source>Remo&amp;ve event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="429" />
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="430" />
            <source>&amp;Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="449" />
            <source>Use this order of events</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="450" />
            <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
            <translation>
                <numerusform>Replace the %n event already planned with the “{0}” order? Your changes to them will be lost.</numerusform>
                <numerusform>Replace the %n events already planned with the “{0}” order? Your changes to them will be lost.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517" />
            <source>Set the ceremony date above to see clock times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="521" />
            <source>{0} (the “Ceremony date” above).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="523" />
            <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="527" />
            <source>No events yet: choose a ready-made order above, or add events one by one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="531" />
            <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
            <translation>
                <numerusform>%n event, {0} in all: from {1} to {2} ({3}).</numerusform>
                <numerusform>%n events, {0} in all: from {1} to {2} ({3}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="536" />
            <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
            <translation>
                <numerusform>%n event, {0} in all. Set the ceremony date above to see clock times.</numerusform>
                <numerusform>%n events, {0} in all. Set the ceremony date above to see clock times.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="540" />
            <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
            <translation>
                <numerusform>%n event, {0} in all. Clock times appear once the start time and time zone are set.</numerusform>
                <numerusform>%n events, {0} in all. Clock times appear once the start time and time zone are set.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="586" />
            <source>Select an event in the order of events first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="604" />
            <source>Remove event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="605" />
            <source>Remove “{0}” from the order of events?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="621" />
            <source>Who does what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="624" />
            <source>Write the name of each person taking part. Names appear on the guests' programme and the run-of-show; leave a role empty if nobody fills it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="658" />
            <source>{0}:</source>
            <comment>a field's label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="675" />
            <source>Gifts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="678" />
            <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="680" />
            <source>Gifts given and received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="684" />
            <source>Given or received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685" />
            <source>We give</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="686" />
            <source>We receive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="687" />
            <source>Gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="689" />
            <source>The gift, e.g. a framed print of the old mill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="690" />
            <source>Given to or received from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="691" />
            <source>To or from whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="694" />
            <source>Add &amp;gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696" />
            <source>Remove gif&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="705" />
            <source>the partner's country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="706" />
            <source>Before choosing gifts for {0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="709" />
            <source>Gift cautions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="719" />
            <source>We give: {0} (to {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="720" />
            <source>We give: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722" />
            <source>We receive: {0} (from {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="723" />
            <source>We receive: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="728" />
            <source>No gifts recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="746" />
            <source>Select a gift in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="748" />
            <source>Remove gift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="749" />
            <source>Remove “{0}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="757" />
            <source>Flag and seating plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760" />
            <source>Seen from the audience. The place of honour is at the host's right, so the guest signatory sits on the audience's left. Each city's flag stands behind its own signatory, both flags the same size, and each city's original lies in front of its own signatory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="784" />
            <source>Print for the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="787" />
            <source>The guests' programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="790" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792" />
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="793" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="814" />
            <source>Preparing the PDF…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitteeDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="34" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35" />
            <source>Region or state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36" />
            <source>Highest elected official</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37" />
            <source>Official's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="39" />
            <source>Local sister city organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40" />
            <source>Languages spoken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="42" />
            <source>Geography (port, river, mountains, climate…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43" />
            <source>Main industries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="45" />
            <source>Schools, colleges and universities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="47" />
            <source>Museums, music venues, community centres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="55" />
            <source>Committee and city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="61" />
            <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="79" />
            <source>Committee &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="79" />
            <source>Committee name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="84" />
            <source>Committee &amp;language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85" />
            <source>Committee language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="89" />
            <source>Committee &amp;email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="89" />
            <source>Committee email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="94" />
            <source>C&amp;ountry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="94" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="98" />
            <source>&amp;Population:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="98" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99" />
            <source>not specified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100" />
            <source>woman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100" />
            <source>man</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101" />
            <source>Official's gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102" />
            <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="106" />
            <source>Official's &amp;gender:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/committee_dialog.py" line="113" />
            <source>{0}:</source>
            <comment>form label</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="26" />
            <source>Add contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="41" />
            <source>&amp;Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="41" />
            <source>Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42" />
            <source>&amp;Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44" />
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45" />
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46" />
            <source>&amp;Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47" />
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CorrespondencePanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="193" />
            <source>Correspondence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="198" />
            <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="207" />
            <source>Show channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="208" />
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="211" />
            <source>Show sent or received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="212" />
            <source>Sent and received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="215" />
            <source>Search the correspondence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="216" />
            <source>Finds words in the summary and in the people's names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="217" />
            <source>Search summaries and names…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="219" />
            <source>S&amp;how:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="227" />
            <source>Correspondence timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="228" />
            <source>Newest first. Double-click an exchange to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="231" />
            <source>Attached files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="251" />
            <source>Files attached to the selected exchange:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="253" />
            <source>Files attached to the selected exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="254" />
            <source>Double-click a file to open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="266" />
            <source>&amp;Add exchange…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="268" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="270" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="272" />
            <source>Attach &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="274" />
            <source>&amp;Open attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="276" />
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="283" />
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="540" />
            <source>Remove attachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="278" />
            <source>Add exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="279" />
            <source>Edit exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="280" />
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459" />
            <source>Delete exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="281" />
            <source>Attach file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="282" />
            <source>Open attachment</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="321" />
            <source>%n attached: {0}</source>
            <translation>
                <numerusform>%n attached: {0}</numerusform>
                <numerusform>%n attached: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="326" />
            <source>No exchange matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="327" />
            <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="374" />
            <source>Select an exchange to see its attached files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="377" />
            <source>Files attached to the exchange of {0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380" />
            <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="402" />
            <source>Select an exchange in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451" />
            <source>Delete the exchange of {0}?

“{1}”</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="454" />
            <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
            <translation>
                <numerusform>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</numerusform>
                <numerusform>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457" />
            <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
            <translation>
                <numerusform>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</numerusform>
                <numerusform>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="486" />
            <source>Attach a file to the exchange of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="503" />
            <source>The copy of {0} is missing from the attachments folder ({1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="508" />
            <source>No program on this computer opens {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="520" />
            <source>This exchange has no attached files. Use “Attach file…” first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="537" />
            <source>Select a file in the list of attached files first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="541" />
            <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="114" />
            <location filename="../sistercity_desktop/ui/dashboard.py" line="122" />
            <source>What is due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="116" />
            <source>Everything that needs the committee's attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="123" />
            <source>Most urgent first. Press Enter to open the step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="144" />
            <source>Nothing is due. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="149" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="150" />
            <source>Open the step for the selected line</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="185" />
            <source>%n needs attention now, {0} more to do.</source>
            <translation>
                <numerusform>%n needs attention now, {0} more to do.</numerusform>
                <numerusform>%n needs attention now, {0} more to do.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="187" />
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
            <location filename="../sistercity_desktop/ui/data_points.py" line="147" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="148" />
            <source>Geography</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="149" />
            <source>Climate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="150" />
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="153" />
            <source>Industries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="154" />
            <source>Main industries, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="155" />
            <source>e.g. wine, tourism, software</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="156" />
            <source>Academic institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="157" />
            <source>Academic institutions by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="158" />
            <source>Cultural institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="159" />
            <source>Cultural institutions by name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="160" />
            <source>Population:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="161" />
            <source>Geography:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="162" />
            <source>Climate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="163" />
            <source>Industries:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="164" />
            <source>Schools and universities:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="165" />
            <location filename="../sistercity_desktop/ui/data_points.py" line="167" />
            <source>… by name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="166" />
            <source>Culture:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../sistercity_desktop/ui/fields.py" line="97" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/fields.py" line="102" />
            <source>Pick a date from a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/fields.py" line="103" />
            <source>Pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/fields.py" line="140" />
            <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DraftEditor</name>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="74" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="74" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="75" />
            <source>Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="75" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="76" />
            <source>Salutation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="76" />
            <source>Salutation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="77" />
            <source>Opening:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="77" />
            <source>Opening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="78" />
            <source>Paragraphs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="78" />
            <source>Paragraphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="79" />
            <source>Closing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="79" />
            <source>Closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="84" />
            <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app's text.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="110" />
            <source>Edit exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="110" />
            <source>Add exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114" />
            <source>When the letter, email, call or visit happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="120" />
            <source>Sent or received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="123" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126" />
            <source>Our people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="127" />
            <source>Who took part on our side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="128" />
            <source>Their people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129" />
            <source>Who took part on the partner city's side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="131" />
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="134" />
            <source>What was said or agreed, in a sentence or two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143" />
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144" />
            <source>S&amp;ent or received:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145" />
            <source>&amp;Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146" />
            <source>&amp;Our people:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147" />
            <source>&amp;Their people:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="148" />
            <source>&amp;Summary:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="158" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="166" />
            <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="179" />
            <source>What the app knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="181" />
            <source>Partnership health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="188" />
            <source>Health:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="200" />
            <source>Record an evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="203" />
            <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="207" />
            <source>Part and question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="207" />
            <source>Rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="207" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="219" />
            <source>{0} rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220" />
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="223" />
            <source>{0} evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224" />
            <source>What shows it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="235" />
            <source>Adjustments to the work plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236" />
            <source>One change per line; each line becomes a new item in the work plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="239" />
            <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="241" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242" />
            <source>The committee's conclusion in a few sentences; it opens the evaluation report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="245" />
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="397" />
            <source>Held on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246" />
            <source>The day the committee evaluated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247" />
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398" />
            <source>Next evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248" />
            <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="255" />
            <source>Ad&amp;justments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="258" />
            <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="260" />
            <source>&amp;Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261" />
            <source>&amp;Held on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262" />
            <source>Ne&amp;xt evaluation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="266" />
            <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="274" />
            <source>&amp;Record evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275" />
            <source>Record evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="302" />
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="304" />
            <source>Past evaluations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305" />
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="309" />
            <source>Evaluation repor&amp;t…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310" />
            <source>Evaluation report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311" />
            <source>Preview, print or save the latest evaluation as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="325" />
            <source>Score {0} of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="334" />
            <source>{0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="341" />
            <source>Adjustments:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="345" />
            <source>No evaluation recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="386" />
            <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="400" />
            <source>Say on which day the evaluation was held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="403" />
            <source>Rate at least one part or write a summary before recording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="417" />
            <source>Next evaluation date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418" />
            <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="421" />
            <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="425" />
            <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="437" />
            <source>Evaluation of {0} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="439" />
            <source>%n adjustment was added to the work plan as new items.</source>
            <translation>
                <numerusform>%n adjustment was added to the work plan as new items.</numerusform>
                <numerusform>%n adjustment was added to the work plan as new items.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="442" />
            <source>%n adjustments were added to the work plan as new items.</source>
            <translation>
                <numerusform>%n adjustments were added to the work plan as new items.</numerusform>
                <numerusform>%n adjustments were added to the work plan as new items.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="454" />
            <source>Preparing the report…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="54" />
            <source>Export a packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="63" />
            <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="65" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="73" />
            <source>Not ready yet for this partnership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="78" />
            <source>Save in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="79" />
            <source>&amp;Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="81" />
            <source>One &amp;ZIP file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="81" />
            <source>One ZIP file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="82" />
            <source>A &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="82" />
            <source>A folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="84" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="86" />
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="87" />
            <source>Save in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="92" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="97" />
            <source>Email draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="100" />
            <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="102" />
            <source>Recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="111" />
            <source>Email language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="116" />
            <source>Make &amp;email draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="119" />
            <source>Open as &amp;plain email (no attachments)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="122" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="133" />
            <source>E&amp;xport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="136" />
            <source>&amp;Show in its folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="139" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="151" />
            <source>Save the packet in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="162" />
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="198" />
            <source>Preparing the documents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="162" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="164" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="175" />
            <source>Export cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="197" />
            <source>Preparing: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="209" />
            <source>Written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="237" />
            <source>Large attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="238" />
            <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/export_dialog.py" line="250" />
            <source>Email draft written: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GanttView</name>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="89" />
            <source>Work plan timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="111" />
            <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="182" />
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="229" />
            <source>overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="185" />
            <source>pilot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="189" />
            <source>no dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="192" />
            <source>{0} (pilot, overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="194" />
            <source>{0} (pilot)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="196" />
            <source>{0} (overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="213" />
            <source>Nothing planned yet: add a programme or exchange above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="226" />
            <source>planned or in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="227" />
            <source>★ pilot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="228" />
            <source>done or cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="241" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="289" />
            <source>No dates (add a start or end date to place these on the timeline):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="292" />
            <source>{0} — no dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="295" />
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InquiriesDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="145" />
            <source>Inquiries and policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="179" />
            <source>Your &amp;policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="182" />
            <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="187" />
            <source>Policy questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="187" />
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="187" />
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188" />
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="230" />
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="198" />
            <source>&amp;Remove question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="198" />
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="581" />
            <source>Remove question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199" />
            <source>Remove the selected question from the policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="202" />
            <source>Use su&amp;ggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="202" />
            <source>Use suggested questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203" />
            <source>Start from seven common questions; you can remove or add questions afterwards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="211" />
            <source>Add a question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="215" />
            <source>e.g. The city has a direct train or flight to ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216" />
            <source>New question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217" />
            <source>A question answered Yes or No per inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="219" />
            <source>New &amp;question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="224" />
            <source>Req&amp;uired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226" />
            <source>A required question must be answered Yes for the request to meet the policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231" />
            <source>How much an optional question counts, 1 to 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="234" />
            <source>&amp;Weight:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="236" />
            <source>&amp;Add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="236" />
            <source>Add question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="249" />
            <source>I&amp;nquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="258" />
            <source>Inquiries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="267" />
            <source>Record an &amp;inquiry…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="267" />
            <source>Record an inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268" />
            <source>Note a request to partner from a city abroad or from local residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="271" />
            <source>Remo&amp;ve inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="271" />
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="614" />
            <source>Remove inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272" />
            <source>Remove the selected inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="282" />
            <source>Select an inquiry above to answer your policy questions and record the committee's decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="317" />
            <source>Policy check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="324" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="327" />
            <source>Why the committee decided this (needed unless the decision is still pending)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="330" />
            <source>Reason for the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331" />
            <source>Record d&amp;ecision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332" />
            <source>Record decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="334" />
            <source>&amp;Decision:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="336" />
            <source>Rea&amp;son:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="339" />
            <source>Recorded decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="375" />
            <source>Weight counts only for optional questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="415" />
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="418" />
            <source>from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="419" />
            <source>received {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="421" />
            <source>contact: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423" />
            <source>No summary was noted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="444" />
            <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="449" />
            <source>{0} (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="455" />
            <source>Required question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="456" />
            <source>Optional question, weight {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="477" />
            <source>No policy questions yet, so there is nothing to weigh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="484" />
            <source>Policy check:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="485" />
            <source>The policy is a guide; the committee decides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="498" />
            <source>No decision recorded yet. Note: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="499" />
            <source>No decision recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501" />
            <source>Recorded: {0} on {1}. Reason: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="504" />
            <source>Recorded: {0}. Reason: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="582" />
            <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="615" />
            <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="635" />
            <source>Select an inquiry first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InquiryForm</name>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="654" />
            <source>Record an inquiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="661" />
            <source>The city abroad the request is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="667" />
            <source>What they ask for and why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="673" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="673" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="674" />
            <source>C&amp;ity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="674" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675" />
            <source>C&amp;ountry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676" />
            <source>Co&amp;ntact name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676" />
            <source>Contact name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677" />
            <source>S&amp;ummary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678" />
            <source>&amp;Received on (YYYY-MM-DD):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678" />
            <source>Received on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="697" />
            <source>Choose the country from the list (type part of its name).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219" />
            <source>Edit programme or exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220" />
            <source>Add a programme or exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224" />
            <source>What will happen, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225" />
            <source>e.g. Summer youth soccer exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229" />
            <source>Term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229" />
            <source>Short term is within a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232" />
            <source>This is the &amp;pilot programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233" />
            <source>Pilot programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234" />
            <source>The first, small programme that tests the partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235" />
            <source>Who makes sure it happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237" />
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237" />
            <source>When it should be finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242" />
            <source>An amount in your currency; leave empty if unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243" />
            <source>e.g. 2500</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245" />
            <source>How many people take part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246" />
            <source>e.g. 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247" />
            <source>The work plan goal this serves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248" />
            <source>No goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273" />
            <source>&amp;End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279" />
            <source>Te&amp;rm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280" />
            <source>&amp;Owner:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280" />
            <source>&amp;Start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281" />
            <source>St&amp;atus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281" />
            <source>&amp;Budget:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282" />
            <source>Parti&amp;cipants:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282" />
            <source>&amp;Goal:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309" />
            <source>The budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310" />
            <source>The number of participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="316" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LetterPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="124" />
            <source>Letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="129" />
            <source>The letter is written in the partner's language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="133" />
            <source>Kind of letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="137" />
            <source>Letter language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="138" />
            <source>Courtesy copy language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="139" />
            <source>No courtesy copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="144" />
            <source>Two letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="145" />
            <source>Courtesy copy as a second letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="146" />
            <source>Parallel columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="147" />
            <source>Courtesy copy in a column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="149" />
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="151" />
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="156" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="157" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="158" />
            <source>&amp;Courtesy copy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="159" />
            <source>Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="160" />
            <source>Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="164" />
            <source>Letter wording by language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="170" />
            <source>Use the proposed &amp;wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="172" />
            <source>&amp;Preview and print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="174" />
            <source>Mark as &amp;sent today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="211" />
            <source>{0} (edited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="222" />
            <source>Use the proposed wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="223" />
            <source>Replace your edits of this letter with the wording the app proposes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="237" />
            <source>Preparing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="266" />
            <source>Recorded in the correspondence.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="51" />
            <location filename="../sistercity_desktop/ui/main_window.py" line="218" />
            <source>{0} — Sister City Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="56" />
            <location filename="../sistercity_desktop/ui/main_window.py" line="73" />
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="69" />
            <location filename="../sistercity_desktop/ui/main_window.py" line="154" />
            <source>What is &amp;due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="70" />
            <source>Everything due across your partnerships (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="75" />
            <location filename="../sistercity_desktop/ui/main_window.py" line="122" />
            <source>&amp;New partnership…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="103" />
            <source>Every change is saved as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="121" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="126" />
            <source>&amp;Export packet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="130" />
            <source>&amp;Committee and city…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="133" />
            <source>&amp;Inquiries and policy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="136" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="142" />
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="145" />
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="149" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="153" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="158" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="159" />
            <source>&amp;About Sister City Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="177" />
            <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="211" />
            <source>Partnership created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="234" />
            <source>Export packet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="235" />
            <source>Open a partnership first, then export its documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/main_window.py" line="265" />
            <source>Could not save window size: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MinutesDelegate</name>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="185" />
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPartnershipWizard</name>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="32" />
            <source>New partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="36" />
            <source>Who is the partner?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="37" />
            <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="40" />
            <source>We have not chosen a partner city yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="41" />
            <source>Partner not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="42" />
            <source>Partner city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="43" />
            <source>Partner country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="44" />
            <source>Kind of partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="45" />
            <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="50" />
            <source>Partner &amp;city:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="51" />
            <source>C&amp;ountry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="52" />
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="53" />
            <source>Starting step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="54" />
            <source>For a partnership already under way, start at the step it has reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="57" />
            <source>{0}. {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="58" />
            <source>&amp;Starting at step:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="62" />
            <source>Document languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="63" />
            <source>Letters and the agreement are written in both languages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="65" />
            <source>Partner's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="66" />
            <source>Our language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="69" />
            <source>&amp;Partner's language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="70" />
            <source>&amp;Our language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="91" />
            <source>Suggested from the country's official language: {0}. Change it if the city uses another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="99" />
            <source>Enter the partner city's name, or tick “not chosen yet”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/new_partnership.py" line="103" />
            <source>Choose the partner city's country from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartnershipListModel</name>
        <message>
            <location filename="../sistercity_desktop/ui/partnership_model.py" line="23" />
            <source>Partner city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/partnership_model.py" line="24" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/partnership_model.py" line="25" />
            <source>Next action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/partnership_model.py" line="26" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/partnership_model.py" line="72" />
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
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="43" />
            <source>Preview — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="54" />
            <source>Document preview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="58" />
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="60" />
            <source>&amp;Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="62" />
            <source>&amp;Open in PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="64" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="75" />
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="83" />
            <source>Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="76" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="93" />
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96" />
            <source>Open in PDF viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="97" />
            <source>No PDF viewer answered. The file is at:
{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="38" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="44" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="47" />
            <source>Interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="49" />
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50" />
            <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="52" />
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="55" />
            <source>Pseudo-localisation (for testers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="59" />
            <source>Interface &amp;language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="61" />
            <source>The new language is used the next time you start the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="65" />
            <source>National sister cities body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="67" />
            <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="75" />
            <source>Name of the national body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="78" />
            <source>Email of the national body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="81" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82" />
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="113" />
            <source>The language could not be saved: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResearchPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="43" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="44" />
            <source>Geography</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="45" />
            <source>Industries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="46" />
            <source>Academic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="47" />
            <source>Cultural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="48" />
            <source>Ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="49" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="99" />
            <source>Candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="101" />
            <source>Select a candidate above to see and edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="111" />
            <source>Find candidate cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="114" />
            <source>Type a city's name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="117" />
            <source>Search the world gazetteer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="118" />
            <source>Loading the world gazetteer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="122" />
            <source>&amp;Add as candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="124" />
            <source>Su&amp;ggest cities like ours…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="130" />
            <source>Matching cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="140" />
            <source>Type a city name ({0} cities)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="143" />
            <source>The gazetteer could not be loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="154" />
            <source>{0} — {1}, population {2}, {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="164" />
            <source>Type a city's name and pick it from the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="187" />
            <source>Compare candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="190" />
            <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="197" />
            <source>Weight of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="202" />
            <source>{0}:</source>
            <comment>form label</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="208" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="208" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="208" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="208" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="210" />
            <source>Candidate comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="230" />
            <source>Research &amp;report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="254" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/research_panel.py" line="311" />
            <source>Your city's data points (what candidates are compared with)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="58" />
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="62" />
            <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="64" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="68" />
            <source>{0} · {1} · {2} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="74" />
            <source>No automatic backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="77" />
            <source>Choose another &amp;file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="85" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="91" />
            <source>Backup file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92" />
            <source>Sister City Desktop stores (*.sqlite3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="99" />
            <source>Choose a backup in the list, or another file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeatingView</name>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="69" />
            <source>Flag and seating plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="83" />
            <source>Seen from the audience, from left to right: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="85" />
            <source>No plan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="119" />
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="151" />
            <source>Host: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="152" />
            <source>Host side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="153" />
            <source>Guest: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="154" />
            <source>Guest side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="161" />
            <source>Seen from the audience</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="26" />
            <source>Welcome to Sister City Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="30" />
            <source>Your committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31" />
            <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="34" />
            <source>Committee name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35" />
            <source>e.g. Riverton Sister Cities Association</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36" />
            <source>Committee language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37" />
            <source>The language your committee works in; documents get a copy in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="39" />
            <source>Committee email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40" />
            <source>Committee &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41" />
            <source>Committee &amp;language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42" />
            <source>Committee &amp;email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="47" />
            <source>Your city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48" />
            <source>Partners will want to know about your city; you can add more later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="51" />
            <source>City name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="56" />
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57" />
            <source>Highest elected official</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58" />
            <source>Official's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59" />
            <source>Local sister city organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60" />
            <source>&amp;City:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61" />
            <source>C&amp;ountry:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62" />
            <source>&amp;Population:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63" />
            <source>Highest elected &amp;official:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64" />
            <source>Official's &amp;title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65" />
            <source>Local &amp;organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/setup_wizard.py" line="70" />
            <source>You can change all of this later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="67" />
            <source>Step {0} of 7 · {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="81" />
            <source>Guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="88" />
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="104" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="126" />
            <location filename="../sistercity_desktop/ui/step_page.py" line="190" />
            <location filename="../sistercity_desktop/ui/step_page.py" line="196" />
            <source>{0}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="166" />
            <source>Partner city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="176" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="176" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="177" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="178" />
            <source>Highest official</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="179" />
            <source>Official's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="180" />
            <source>Official's gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="181" />
            <source>Used for the correct title and salutation in letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="197" />
            <source>Official's gender:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="208" />
            <location filename="../sistercity_desktop/ui/step_page.py" line="216" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="217" />
            <source>Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="217" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="217" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="217" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="218" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="219" />
            <source>No contacts yet: add one at the mayor's office and a volunteer on each side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="223" />
            <source>&amp;Add contact…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="225" />
            <location filename="../sistercity_desktop/ui/step_page.py" line="400" />
            <source>Remove contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="235" />
            <source>Notes and decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="238" />
            <source>Notes and decisions for this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="251" />
            <source>Write a note or a decision the committee took…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="253" />
            <source>New note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="259" />
            <source>Kind of note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="260" />
            <source>Add &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="262" />
            <source>Delete selected note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="315" />
            <source>Evaluation date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="316" />
            <source>{0}

Keep this date anyway? Say why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="323" />
            <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="357" />
            <source>✔ This step is done. ({0})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/step_page.py" line="360" />
            <source>%n of {0} items still open. Done when: {1}</source>
            <translation>
                <numerusform>%n of {0} items still open. Done when: {1}</numerusform>
                <numerusform>%n of {0} items still open. Done when: {1}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="364" />
            <source>Almost there. Done when: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="381" />
            <source>Select a note in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="383" />
            <source>Delete note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="384" />
            <source>Delete the selected note?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="397" />
            <source>Select a contact in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="401" />
            <source>Remove {0}?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39" />
            <source>Suggest cities like ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43" />
            <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47" />
            <source>Countries (two-letter codes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48" />
            <source>e.g. FR, ES, IT — empty for every country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49" />
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50" />
            <source>any language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54" />
            <source>Maximum distance in km (0 for any)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57" />
            <source>any distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58" />
            <source>Leave out countries where we already have a partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60" />
            <source>How many suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63" />
            <source>&amp;Countries:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65" />
            <source>&amp;Distance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73" />
            <source>&amp;Add selected as candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84" />
            <source>Distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85" />
            <source>Suggested cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100" />
            <source>“{0}” is not a two-letter country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107" />
            <source>Searching 34,000 cities…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="122" />
            <source>%n suggestion(s).</source>
            <translation>
                <numerusform>%n suggestion.</numerusform>
                <numerusform>%n suggestions.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="127" />
            <source>{0} km</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="141" />
            <source>Select a city in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="150" />
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
            <location filename="../sistercity_desktop/ui/data_points.py" line="116" />
            <source>{0}: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkPlanPanel</name>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="345" />
            <source>Work plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353" />
            <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364" />
            <source>Work plan &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364" />
            <source>Work plan PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365" />
            <source>Preview, print or save the work plan as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368" />
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710" />
            <source>Export calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369" />
            <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382" />
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384" />
            <source>Work plan goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385" />
            <source>Short-term goals first, then long-term goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390" />
            <source>Goal term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391" />
            <source>Short term is within a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394" />
            <source>Goal title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395" />
            <source>e.g. Every school in town has a class link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397" />
            <source>Goal description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398" />
            <source>Optional: how you will know the goal is reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400" />
            <source>Optional: how you will know it is reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402" />
            <source>Add &amp;goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402" />
            <source>Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404" />
            <source>Remo&amp;ve goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405" />
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619" />
            <source>Remove goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406" />
            <source>Its programmes stay in the plan without a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408" />
            <source>New goal t&amp;itle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414" />
            <source>Descriptio&amp;n:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424" />
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426" />
            <source>Programmes and exchanges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427" />
            <source>Double-click a row to edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444" />
            <source>&amp;Add programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445" />
            <source>Add programme or exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448" />
            <source>Edit programme or exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451" />
            <source>Delete programme or exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457" />
            <source>Timeline (point at a bar to see its dates):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493" />
            <source>No goals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510" />
            <source>Pilot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536" />
            <source>The end date {0} has passed and it is not done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539" />
            <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609" />
            <source>Select a goal in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612" />
            <source>Remove the goal “{0}”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615" />
            <source>%n programme under it stay in the plan without a goal.</source>
            <translation>
                <numerusform>%n programme under it stay in the plan without a goal.</numerusform>
                <numerusform>%n programme under it stay in the plan without a goal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618" />
            <source>%n programmes under it stay in the plan without a goal.</source>
            <translation>
                <numerusform>%n programmes under it stay in the plan without a goal.</numerusform>
                <numerusform>%n programmes under it stay in the plan without a goal.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651" />
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661" />
            <source>Select a programme in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664" />
            <source>Delete programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665" />
            <source>Delete “{0}” from the work plan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682" />
            <source>Preparing the PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710" />
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720" />
            <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="59" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="70" />
            <source>Step {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="71" />
            <source>{0}: {1} (Ctrl+{2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="86" />
            <source>◀ &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="87" />
            <source>Previous step (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="90" />
            <location filename="../sistercity_desktop/ui/workspace.py" line="144" />
            <location filename="../sistercity_desktop/ui/workspace.py" line="147" />
            <source>&amp;Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="91" />
            <source>Next step (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="118" />
            <source>Partner not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="119" />
            <source>{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="128" />
            <source>Documents in {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="129" />
            <source>Now at step {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="145" />
            <source>Complete step and go o&amp;n ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="148" />
            <source>Step {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="166" />
            <source>Steps are taken in order: finish the steps before it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="186" />
            <source>Move on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="187" />
            <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="199" />
            <source>Moved on to step {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="213" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="225" />
            <source>Next: {0} (due {1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workspace.py" line="227" />
            <source>Next: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>about</name>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="29" />
            <location filename="../sistercity_desktop/ui/about.py" line="38" />
            <source>{0}: MIT licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="30" />
            <source>{0} and {1}: LGPL v3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="32" />
            <source>{0} and {1}: MIT licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="34" />
            <source>{0}: BSD licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="35" />
            <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="39" />
            <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="43" />
            <source>Fonts: {0}; licence texts in {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="55" />
            <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="59" />
            <source>Your data stays on this computer, in the data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="62" />
            <source>Licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/about.py" line="69" />
            <source>About Sister City Desktop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>agreement</name>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40" />
            <source>Both texts equally authentic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41" />
            <source>One signed original for each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42" />
            <source>Effective on signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43" />
            <source>Creates no legally binding obligations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44" />
            <source>Names the implementing committees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45" />
            <source>Either side may end it by written notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54" />
            <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65" />
            <source>Two originals are printed, one kept by each city. In each city's own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>backup_dialog</name>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="32" />
            <source>manual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33" />
            <source>daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34" />
            <source>before-restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="42" />
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="46" />
            <source>Back up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47" />
            <source>A backup was saved as:
{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ceremony</name>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57" />
            <source>Master of ceremonies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58" />
            <source>Host signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59" />
            <source>Guest signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60" />
            <source>Host council chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61" />
            <source>Guest council chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62" />
            <source>Diplomatic guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63" />
            <source>Protocol officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64" />
            <source>Signing assistant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65" />
            <source>Host interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66" />
            <source>Guest interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="67" />
            <source>Performers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="68" />
            <source>Press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71" />
            <source>Announces each item of the programme; usually provided by the host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73" />
            <source>Seats people, passes the documents and arranges the photo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75" />
            <source>Stands behind the signatories and turns the pages to sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77" />
            <source>Sits beside or just behind the host signatory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79" />
            <source>Sits beside or just behind the guest signatory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="81" />
            <source>E.g. a consul or ambassador who offers congratulations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84" />
            <source>Guests' &amp;programme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="85" />
            <source>&amp;Run-of-show…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="86" />
            <source>Seating plan (P&amp;DF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="130" />
            <source>No partnership with id {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="173" />
            <source>{0} h {1} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174" />
            <source>{0} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>correspondence_panel</name>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="57" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="58" />
            <source>Sent or received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="59" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="60" />
            <source>Our people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="61" />
            <source>Their people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="62" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="63" />
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="73" />
            <source>%n bytes</source>
            <translation>
                <numerusform>%n bytes</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="76" />
            <source>{0} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="78" />
            <source>{0} MB</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="87" />
            <source>%n file</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n file</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="88" />
            <source>%n files</source>
            <translation>
                <numerusform>%n files</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="93" />
            <source>No contact recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="95" />
            <source>Last contact today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="97" />
            <source>Last contact yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="98" />
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
            <location filename="../sistercity_desktop/ui/dashboard.py" line="34" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="35" />
            <source>Partner city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="36" />
            <source>What needs doing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="37" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="38" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="43" />
            <source>Partner not chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="44" />
            <source>Signing ceremony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="45" />
            <source>Evaluation due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="46" />
            <source>Partnership at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="65" />
            <source>⚠ Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="66" />
            <source>⚠ Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="68" />
            <source>Coming up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="69" />
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="75" />
            <source>Work plan: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="85" />
            <source>{0} (today)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="87" />
            <source>{0} (%n day late)</source>
            <translation>
                <numerusform>{0} (%n day late)</numerusform>
                <numerusform>{0} (%n day late)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="89" />
            <source>{0} (%n days late)</source>
            <translation>
                <numerusform>{0} (%n days late)</numerusform>
                <numerusform>{0} (%n days late)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="92" />
            <source>{0} (in %n day)</source>
            <translation>
                <numerusform>{0} (in %n day)</numerusform>
                <numerusform>{0} (in %n day)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../sistercity_desktop/ui/dashboard.py" line="93" />
            <source>{0} (in %n days)</source>
            <translation>
                <numerusform>{0} (in %n days)</numerusform>
                <numerusform>{0} (in %n days)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/dashboard.py" line="98" />
            <source>Step {0} · {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="37" />
            <source>Letter of introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="38" />
            <source>Invitation for a delegation visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/letter_panel.py" line="39" />
            <source>Letter to the national sister cities body</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evaluation</name>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="70" />
            <source>Structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="71" />
            <source>Relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72" />
            <source>Communications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73" />
            <source>Management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75" />
            <source>Implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76" />
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77" />
            <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79" />
            <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81" />
            <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83" />
            <source>Are meetings held, records kept and money accounted for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="84" />
            <source>How many exchanges took place, in how many fields, and who took part?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86" />
            <source>Did the work plan happen as planned, on time?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="87" />
            <source>What changed for the two communities because of the partnership?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evaluation_facts</name>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="95" />
            <source>Exchanges held against planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="96" />
            <source>Time since last contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97" />
            <source>Participants in the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98" />
            <source>Sectors involved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99" />
            <source>Overdue work plan items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100" />
            <source>no contact yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101" />
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evaluation_panel</name>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="52" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="53" />
            <source>Watch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="54" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="55" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="59" />
            <source>1 – poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="60" />
            <source>2 – weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61" />
            <source>3 – fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62" />
            <source>4 – good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63" />
            <source>5 – very good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="134" />
            <source>{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="140" />
            <source>overall {0} of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="143" />
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144" />
            <source>no summary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gantt_view</name>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="31" />
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="32" />
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="33" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/gantt_view.py" line="34" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>inquiries</name>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="53" />
            <source>A city abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54" />
            <source>A local resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="56" />
            <source>from a city abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57" />
            <source>from a local resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58" />
            <source>City abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59" />
            <source>Local resident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60" />
            <source>Meets the policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61" />
            <source>Does not meet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62" />
            <source>Answers missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="64" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67" />
            <source>Deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="69" />
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="73" />
            <source>No policy yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="99" />
            <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="103" />
            <source>The date received cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="43" />
            <source>Mayor's office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="44" />
            <source>Volunteer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="45" />
            <source>Council</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="46" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="49" />
            <source>Our side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="50" />
            <source>Partner side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="53" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="54" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="57" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="58" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="59" />
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="60" />
            <source>Video call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="61" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="62" />
            <source>Delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="65" />
            <source>Sister city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="66" />
            <source>Friendship city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="69" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="70" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="73" />
            <source>Ceremonial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="74" />
            <source>Precise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="77" />
            <source>Short term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="78" />
            <source>Long term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="81" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="82" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="83" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/labels.py" line="84" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>pdf_preview</name>
        <message>
            <location filename="../sistercity_desktop/ui/pdf_preview.py" line="113" />
            <source>The printer could not be started.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>research</name>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="27" />
            <source>high school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="28" />
            <source>language school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="29" />
            <source>research institute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="30" />
            <source>music venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="31" />
            <source>community centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="39" />
            <source>Population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="40" />
            <source>Geography</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="41" />
            <source>Industries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="42" />
            <source>Academic institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="43" />
            <source>Cultural institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="44" />
            <source>Preexisting relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="45" />
            <source>Historical or ancestral ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="47" />
            <source>Under consideration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="48" />
            <source>Chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="49" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="51" />
            <source>Mayoral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="52" />
            <source>Trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="53" />
            <source>Diaspora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="54" />
            <source>Faith-based</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="55" />
            <source>Personal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="56" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="58" />
            <source>Distance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="59" />
            <source>Time difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="60" />
            <source>Shared office hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="61" />
            <source>Hemisphere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="62" />
            <source>Likely document language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="64" />
            <source>port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="65" />
            <source>coast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="66" />
            <source>river</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="67" />
            <source>lake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="68" />
            <source>mountains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="69" />
            <source>desert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="70" />
            <source>island</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="71" />
            <source>plains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="72" />
            <source>forest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="73" />
            <source>valley</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="75" />
            <source>tropical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="76" />
            <source>arid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="77" />
            <source>mediterranean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="78" />
            <source>temperate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="79" />
            <source>oceanic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="80" />
            <source>continental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="81" />
            <source>subarctic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="82" />
            <source>highland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="84" />
            <source>university</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="85" />
            <source>college</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="86" />
            <source>museum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="87" />
            <source>theatre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="88" />
            <source>library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="89" />
            <source>festival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/data_points.py" line="90" />
            <source>sports</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>seating</name>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="26" />
            <source>Signing table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="27" />
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="28" />
            <source>Host signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="29" />
            <source>Guest signatory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="30" />
            <source>Host original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="31" />
            <source>Guest original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="32" />
            <source>Host interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="33" />
            <source>Guest interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="34" />
            <source>Master of ceremonies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="35" />
            <source>Audience and press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="39" />
            <source>Flag: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="40" />
            <source>Host signatory: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="41" />
            <source>Guest signatory: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="42" />
            <source>Original of {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/seating_view.py" line="43" />
            <source>Interpreter for {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>step_page</name>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="46" />
            <source>not specified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="47" />
            <source>woman</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/step_page.py" line="48" />
            <source>man</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <location filename="../sistercity_desktop/ui/worker.py" line="31" />
            <source>Something went wrong: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>workplan_panel</name>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60" />
            <source>Youth pen pals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61" />
            <source>Student exchange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62" />
            <source>Municipal best practice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63" />
            <source>Delegation visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64" />
            <source>Cultural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65" />
            <source>Economic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68" />
            <source>Short term (within a year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69" />
            <source>Long term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71" />
            <source>short term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72" />
            <source>long term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76" />
            <source>Pilot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83" />
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140" />
            <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154" />
            <source>{0} must be a whole number, like 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157" />
            <source>{0} must be an amount, like 1500 or 1500.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164" />
            <source>Overdue · {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>