<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96"/>
        <source>Agreement</source>
        <translation>协议书</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114"/>
        <source>Areas of cooperation</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116"/>
        <source>Tick what the two cities mean to work on together.</source>
        <translation>勾选两市打算共同开展的工作。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122"/>
        <source>Area of cooperation: {0}</source>
        <translation>合作领域：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128"/>
        <source>Areas of your own (written as you type them, in every language):</source>
        <translation>自定义领域（按输入内容原样写入每种语言）：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131"/>
        <source>New area of cooperation</source>
        <translation>新合作领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132"/>
        <source>e.g. Music education for children</source>
        <translation>例如：儿童音乐教育</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135"/>
        <source>Add a&amp;rea</source>
        <translation>添加领域(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141"/>
        <source>Areas of your own</source>
        <translation>自定义领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143"/>
        <source>Remo&amp;ve area</source>
        <translation>删除领域(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152"/>
        <source>Exchanges a year</source>
        <translation>每年交流次数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153"/>
        <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
        <translation>协议书承诺每年访问或交流的次数；填 0 则不写明次数。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156"/>
        <source>not stated</source>
        <translation>未写明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160"/>
        <source>Place of signing</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161"/>
        <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
        <translation>协议书的签署地点，例如绿谷市政厅。留空则使用仪式场地或本市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163"/>
        <source>e.g. Greenvale City Hall</source>
        <translation>例如：绿谷市政厅</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166"/>
        <source>E&amp;xchanges a year:</source>
        <translation>每年交流次数(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167"/>
        <source>Place of si&amp;gning:</source>
        <translation>签署地点(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171"/>
        <source>Standard clauses</source>
        <translation>标准条款</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177"/>
        <source>Clause: {0}</source>
        <translation>条款：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184"/>
        <source>Print the agreement</source>
        <translation>打印协议书</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191"/>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193"/>
        <source>Preview the two &amp;originals…</source>
        <translation>预览两份正本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195"/>
        <source>Preview a plain bilingual &amp;copy…</source>
        <translation>预览普通双语副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257"/>
        <source>Type the name of the area first, then choose “Add area”.</source>
        <translation>请先输入领域名称，然后选择“添加领域”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267"/>
        <source>Select one of your own areas in the list first.</source>
        <translation>请先在列表中选择一个自定义领域。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270"/>
        <source>Remove area</source>
        <translation>删除领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271"/>
        <source>Remove “{0}” from the agreement?</source>
        <translation>要从协议书中删除“{0}”吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="303"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="45"/>
        <source>{0} ({1}) · {2}</source>
        <translation>{0}（{1}）· {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="48"/>
        <source>Why ({0}): {1}</source>
        <translation>理由（{0}）：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="50"/>
        <source>Why: {0}</source>
        <translation>理由：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="53"/>
        <source>What the map and the calendar say</source>
        <translation>地图和日历信息</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="56"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="64"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="132"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="60"/>
        <source>Similarity with your city, point by point</source>
        <translation>与本市的逐项相似度</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="63"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="72"/>
        <source>Data points</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85"/>
        <source>Preexisting relationships</source>
        <translation>已有关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="87"/>
        <source>Relationships with this city</source>
        <translation>与该市的关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="90"/>
        <source>{0} · strength {1}</source>
        <translation>{0} · 强度 {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="97"/>
        <source>Kind of relationship</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100"/>
        <source>Strength (1 slight, 3 strong)</source>
        <translation>强度（1 较弱，3 较强）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="102"/>
        <source>About this relationship</source>
        <translation>关于此关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103"/>
        <source>e.g. our Rotary club has hosted their students</source>
        <translation>例如：本地扶轮社曾接待该市学生</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105"/>
        <source>Add &amp;relationship</source>
        <translation>添加关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="107"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="115"/>
        <source>History, sources and notes</source>
        <translation>历史、来源和备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="118"/>
        <source>Strength of historical ties (0 none, 3 strong)</source>
        <translation>历史渊源强度（0 无，3 强）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123"/>
        <source>Historical ties (0–3):</source>
        <translation>历史渊源（0–3）：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124"/>
        <source>Historical or ancestral connections</source>
        <translation>历史或祖籍渊源</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125"/>
        <source>Other relationships</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="126"/>
        <source>Sources (where the facts come from)</source>
        <translation>来源（资料出处）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="127"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137"/>
        <source>&amp;Choose this city…</source>
        <translation>选定此城市(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139"/>
        <source>&amp;Decline…</source>
        <translation>婉拒(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141"/>
        <source>Back to considering</source>
        <translation>恢复为考虑中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="143"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="200"/>
        <source>Remove candidate</source>
        <translation>删除候选城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="170"/>
        <source>Select a relationship in the list first.</source>
        <translation>请先在列表中选择一项关系。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176"/>
        <source>Why is this the partner for your city? Future committees will read this.</source>
        <translation>为什么选择该市作为本市的结好对象？以后的委员会会读到这段说明。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178"/>
        <source>Why not this city? Future committees will read this.</source>
        <translation>为什么不选该市？以后的委员会会读到这段说明。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="179"/>
        <source>Why reopen this candidate? (optional)</source>
        <translation>为什么重新考虑该候选城市？（可选）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="180"/>
        <source>Record the reason</source>
        <translation>记录理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="201"/>
        <source>Remove {0} and everything noted about it?</source>
        <translation>要删除 {0} 及其所有记录吗？</translation>
    </message>
</context>
<context>
    <name>CeremonyPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174"/>
        <source>Ceremony planner</source>
        <translation>仪式筹划</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184"/>
        <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
        <translation>逐步筹划当天活动：开始时间、议程顺序、人员分工、礼品和座次。所有内容在输入时即自动保存；底部的三份文件据此生成。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="224"/>
        <source>When, and who hosts</source>
        <translation>时间和主办方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="226"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="227"/>
        <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
        <translation>仪式开始的当地时间，格式为 HH:MM（24 小时制）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="229"/>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM，例如 14:00</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="239"/>
        <source>Start t&amp;ime:</source>
        <translation>开始时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="243"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="258"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="244"/>
        <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city&apos;s name to find it.</source>
        <translation>仪式举办地，例如 Asia/Tokyo。输入城市名称的一部分即可查找。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="257"/>
        <source>e.g. Asia/Tokyo</source>
        <translation>例如：Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="261"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266"/>
        <source>Our city hosts ({0})</source>
        <translation>由本市主办（{0}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267"/>
        <source>Our city hosts the ceremony</source>
        <translation>由本市主办仪式</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="269"/>
        <source>The partner city hosts ({0})</source>
        <translation>由对方城市主办（{0}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="270"/>
        <source>partner</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="271"/>
        <source>The partner city hosts the ceremony</source>
        <translation>由对方城市主办仪式</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281"/>
        <source>Host:</source>
        <translation>主办方：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="283"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="356"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="387"/>
        <source>Order of events</source>
        <translation>议程顺序</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="359"/>
        <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
        <translation>先选用一套实际使用过的议程顺序，再加以调整：在单元格中输入即可修改标题、分钟数、参与人员或给筹办人员的备注。修改会立即保存。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="363"/>
        <source>Ready-made order of events</source>
        <translation>现成议程顺序</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="366"/>
        <source>Read&amp;y-made order:</source>
        <translation>现成议程(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="368"/>
        <source>Use this &amp;order of events</source>
        <translation>使用此议程顺序(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Title in {0}</source>
        <translation>标题（{0}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Who</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386"/>
        <source>Note for the organisers</source>
        <translation>给筹办人员的备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="404"/>
        <source>Add &amp;event</source>
        <translation>添加环节(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="405"/>
        <source>Remo&amp;ve event</source>
        <translation>删除环节(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="406"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407"/>
        <source>&amp;Move down</source>
        <translation>下移(&amp;M)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="426"/>
        <source>Use this order of events</source>
        <translation>使用此议程顺序</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427"/>
        <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
        <translation>
            <numerusform>要用“{0}”议程替换已安排的 %n 个环节吗？您对这些环节所做的修改将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="494"/>
        <source>Set the ceremony date above to see clock times.</source>
        <translation>请在上方设置仪式日期以显示具体时刻。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="498"/>
        <source>{0} (the “Ceremony date” above).</source>
        <translation>{0}（即上方的“仪式日期”）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="500"/>
        <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
        <translation>{0}（即上方的“仪式日期”）。输入开始时间和时区后即可显示具体时刻。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="504"/>
        <source>No events yet: choose a ready-made order above, or add events one by one.</source>
        <translation>尚无环节：请在上方选择现成议程，或逐个添加环节。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="508"/>
        <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
        <translation>
            <numerusform>共 %n 个环节，总计 {0}：从 {1} 到 {2}（{3}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="513"/>
        <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
        <translation>
            <numerusform>共 %n 个环节，总计 {0}。请在上方设置仪式日期以显示具体时刻。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517"/>
        <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
        <translation>
            <numerusform>共 %n 个环节，总计 {0}。设置开始时间和时区后将显示具体时刻。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="563"/>
        <source>Select an event in the order of events first.</source>
        <translation>请先在议程顺序中选择一个环节。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="581"/>
        <source>Remove event</source>
        <translation>删除环节</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="582"/>
        <source>Remove “{0}” from the order of events?</source>
        <translation>要从议程顺序中删除“{0}”吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="598"/>
        <source>Who does what</source>
        <translation>人员分工</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="601"/>
        <source>Write the name of each person taking part. Names appear on the guests&apos; programme and the run-of-show; leave a role empty if nobody fills it.</source>
        <translation>填写每位参与者的姓名。姓名将出现在来宾节目单和流程表上；无人担任的角色请留空。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="632"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="635"/>
        <source>{0}:</source>
        <comment>a field&apos;s label</comment>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="652"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655"/>
        <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
        <translation>赠予官员的礼品通常归市政府所有，且须申报，因此请记录每件赠出和收到的礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="657"/>
        <source>Gifts given and received</source>
        <translation>赠出和收到的礼品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="661"/>
        <source>Given or received</source>
        <translation>赠出或收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="662"/>
        <source>We give</source>
        <translation>我方赠出</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="663"/>
        <source>We receive</source>
        <translation>我方收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="664"/>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="666"/>
        <source>The gift, e.g. a framed print of the old mill</source>
        <translation>礼品，例如一幅老磨坊的装裱版画</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="667"/>
        <source>Given to or received from</source>
        <translation>赠予对象或来自何方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="668"/>
        <source>To or from whom</source>
        <translation>赠予谁或来自谁</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="671"/>
        <source>Add &amp;gift</source>
        <translation>添加礼品(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="673"/>
        <source>Remove gif&amp;t</source>
        <translation>删除礼品(&amp;T)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="682"/>
        <source>the partner&apos;s country</source>
        <translation>对方国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="683"/>
        <source>Before choosing gifts for {0}:</source>
        <translation>为 {0} 挑选礼品之前：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685"/>
        <source>Gift cautions</source>
        <translation>礼品注意事项</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="695"/>
        <source>We give: {0} (to {1})</source>
        <translation>我方赠出：{0}（赠予 {1}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696"/>
        <source>We give: {0}</source>
        <translation>我方赠出：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="698"/>
        <source>We receive: {0} (from {1})</source>
        <translation>我方收到：{0}（来自 {1}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="699"/>
        <source>We receive: {0}</source>
        <translation>我方收到：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="704"/>
        <source>No gifts recorded yet.</source>
        <translation>尚未记录任何礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722"/>
        <source>Select a gift in the list first.</source>
        <translation>请先在列表中选择一件礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="724"/>
        <source>Remove gift</source>
        <translation>删除礼品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="725"/>
        <source>Remove “{0}”?</source>
        <translation>要删除“{0}”吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="733"/>
        <source>Flag and seating plan</source>
        <translation>国旗和座次安排</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="736"/>
        <source>Seen from the audience. The place of honour is at the host&apos;s right, so the guest signatory sits on the audience&apos;s left. Each city&apos;s flag stands behind its own signatory, both flags the same size, and each city&apos;s original lies in front of its own signatory.</source>
        <translation>以观众视角呈现。尊位在主方右侧，因此客方签字人坐在观众视角的左侧。每座城市的国旗立于本方签字人身后，两面旗帜大小相同；每座城市的正本放在本方签字人面前。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760"/>
        <source>Print for the day</source>
        <translation>当天用打印件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="763"/>
        <source>The guests&apos; programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
        <translation>来宾节目单以两种语言打印。流程表供筹办人员使用：列出每个环节的具体时刻、参与人员及需要做的事。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="766"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="768"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="769"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36"/>
        <source>Region or state</source>
        <translation>地区或州/省</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37"/>
        <source>Highest elected official</source>
        <translation>最高民选官员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="38"/>
        <source>Official&apos;s title</source>
        <translation>官员职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40"/>
        <source>Local sister city organisation</source>
        <translation>本地姊妹城市组织</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="41"/>
        <source>Languages spoken</source>
        <translation>使用的语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43"/>
        <source>Geography (port, river, mountains, climate…)</source>
        <translation>地理（港口、河流、山脉、气候…）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="44"/>
        <source>Main industries</source>
        <translation>主要产业</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="46"/>
        <source>Schools, colleges and universities</source>
        <translation>中小学、学院和大学</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="48"/>
        <source>Museums, music venues, community centres</source>
        <translation>博物馆、音乐场所、社区中心</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="56"/>
        <source>Committee and city</source>
        <translation>委员会和城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="62"/>
        <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
        <translation>对方会在信函和调研对比中了解本市。离开每个字段时会自动保存修改。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee &amp;name:</source>
        <translation>委员会名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee name</source>
        <translation>委员会名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85"/>
        <source>Committee &amp;language:</source>
        <translation>委员会语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="86"/>
        <source>Committee language</source>
        <translation>委员会语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee &amp;email:</source>
        <translation>委员会电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee email</source>
        <translation>委员会电子邮箱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>&amp;Population:</source>
        <translation>人口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100"/>
        <source>not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>woman</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>man</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102"/>
        <source>Official&apos;s gender</source>
        <translation>官员性别</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="103"/>
        <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
        <translation>用于在信函中使用正确的称谓（Maire、Bürgermeisterin…）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="107"/>
        <source>Official&apos;s &amp;gender:</source>
        <translation>官员性别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="114"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}：</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="27"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>&amp;Side</source>
        <translation>所属方(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>&amp;Title</source>
        <translation>职衔(&amp;T)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>Title</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>&amp;Email</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="365"/>
        <source>Correspondence</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="371"/>
        <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
        <translation>记录每一封信函、电子邮件、每一次通话和访问，以及随附的文件，这样委员会中的任何人都能接手上一位成员未完成的工作。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380"/>
        <source>Show channel</source>
        <translation>显示渠道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="381"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="384"/>
        <source>Show sent or received</source>
        <translation>显示发出或收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="385"/>
        <source>Sent and received</source>
        <translation>发出和收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="388"/>
        <source>Search the correspondence</source>
        <translation>搜索往来记录</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="389"/>
        <source>Finds words in the summary and in the people&apos;s names</source>
        <translation>在摘要和人员姓名中查找文字</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="390"/>
        <source>Search summaries and names…</source>
        <translation>搜索摘要和姓名…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="392"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="404"/>
        <source>Correspondence timeline</source>
        <translation>往来记录时间线</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="405"/>
        <source>Newest first. Double-click an exchange to edit it.</source>
        <translation>最新的在前。双击某条往来可进行编辑。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="275"/>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="432"/>
        <source>Files attached to the selected exchange:</source>
        <translation>所选往来的附件：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="434"/>
        <source>Files attached to the selected exchange</source>
        <translation>所选往来的附件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="435"/>
        <source>Double-click a file to open it</source>
        <translation>双击文件即可打开</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="447"/>
        <source>&amp;Add exchange…</source>
        <translation>添加往来(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="449"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="453"/>
        <source>Attach &amp;file…</source>
        <translation>附加文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="455"/>
        <source>&amp;Open attachment</source>
        <translation>打开附件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="464"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="747"/>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459"/>
        <source>Add exchange</source>
        <translation>添加往来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="460"/>
        <source>Edit exchange</source>
        <translation>编辑往来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="461"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="666"/>
        <source>Delete exchange</source>
        <translation>删除往来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="462"/>
        <source>Attach file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="463"/>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="311"/>
        <source>%n attached: {0}</source>
        <translation>
            <numerusform>%n 个附件：{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="300"/>
        <source>No exchange matches these filters.</source>
        <translation>没有符合筛选条件的往来。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="302"/>
        <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
        <translation>尚未记录任何往来。使用“添加往来…”记录第一封信函、电子邮件或第一次通话。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="511"/>
        <source>{0} exchange(s) match</source>
        <translation>
            <numerusform>{0} 条往来符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="513"/>
        <source>{0} exchange(s)</source>
        <translation>
            <numerusform>{0} 条往来</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="515"/>
        <source>{0}; the newest {1} are shown, scroll down for more</source>
        <translation>{0}；当前显示最新的 {1} 条，向下滚动可查看更多</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="581"/>
        <source>Select an exchange to see its attached files.</source>
        <translation>选择一条往来以查看其附件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="584"/>
        <source>Files attached to the exchange of {0}:</source>
        <translation>{0} 的往来所附文件：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="587"/>
        <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
        <translation>{0} 的往来没有附件。使用“附加文件…”添加扫描件、照片或文档。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="609"/>
        <source>Select an exchange in the table first.</source>
        <translation>请先在表格中选择一条往来。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="658"/>
        <source>Delete the exchange of {0}?

“{1}”</source>
        <translation>要删除 {0} 的往来吗？

“{1}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="661"/>
        <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>其 %n 个附件将移至附件文件夹中的“deleted”文件夹。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="664"/>
        <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>其 %n 个附件将移至附件文件夹中的“deleted”文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="693"/>
        <source>Attach a file to the exchange of {0}</source>
        <translation>为 {0} 的往来附加文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="710"/>
        <source>The copy of {0} is missing from the attachments folder ({1}).</source>
        <translation>附件文件夹中缺少 {0} 的副本（{1}）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="715"/>
        <source>No program on this computer opens {0}.</source>
        <translation>本机没有可打开 {0} 的程序。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="727"/>
        <source>This exchange has no attached files. Use “Attach file…” first.</source>
        <translation>此往来没有附件。请先使用“附加文件…”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="744"/>
        <source>Select a file in the list of attached files first.</source>
        <translation>请先在附件列表中选择一个文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="748"/>
        <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
        <translation>要从此往来中删除 {0} 吗？

副本将移至附件文件夹中的“deleted”文件夹；您的原始文件不受影响。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="118"/>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="126"/>
        <source>What is due</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="120"/>
        <source>Everything that needs the committee&apos;s attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
        <translation>所有结好关系中需要委员会处理的事项。最紧迫的排在最前，标为“已逾期”或“现在”。双击某行，或选中后按“打开”，即可转到处理该事项的步骤。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="127"/>
        <source>Most urgent first. Press Enter to open the step.</source>
        <translation>最紧急的在前。按 Enter 打开该步骤。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="148"/>
        <source>Nothing is due. Well done.</source>
        <translation>没有待办事项。干得好！</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="153"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="154"/>
        <source>Open the step for the selected line</source>
        <translation>打开所选行对应的步骤</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="189"/>
        <source>%n needs attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n 项需要立即处理，另有 {0} 项待办。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="191"/>
        <source>%n need attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n 项需要立即处理，另有 {0} 项待办。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPointsEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="155"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="156"/>
        <source>Geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="157"/>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="158"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="161"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="162"/>
        <source>Main industries, separated by commas</source>
        <translation>主要产业，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="163"/>
        <source>e.g. wine, tourism, software</source>
        <translation>例如：葡萄酒、旅游、软件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="164"/>
        <source>Academic institutions</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="165"/>
        <source>Academic institutions by name</source>
        <translation>学术机构名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="166"/>
        <source>Cultural institutions</source>
        <translation>文化机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="167"/>
        <source>Cultural institutions by name</source>
        <translation>文化机构名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="168"/>
        <source>Population:</source>
        <translation>人口：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="169"/>
        <source>Geography:</source>
        <translation>地理：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="170"/>
        <source>Climate:</source>
        <translation>气候：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="171"/>
        <source>Industries:</source>
        <translation>产业：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="172"/>
        <source>Schools and universities:</source>
        <translation>学校和大学：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="173"/>
        <location filename="../sistercity_desktop/ui/data_points.py" line="175"/>
        <source>… by name:</source>
        <translation>… 名称：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="174"/>
        <source>Culture:</source>
        <translation>文化：</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="97"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="102"/>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="140"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>“{0}”不是有效日期。请按 YYYY-MM-DD 格式输入，例如 2026-03-14。</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation:</source>
        <translation>称呼：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening:</source>
        <translation>开头：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs:</source>
        <translation>正文段落：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs</source>
        <translation>正文段落</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing:</source>
        <translation>结尾：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="85"/>
        <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app&apos;s text.</source>
        <translation>段落之间用空行分隔。修改会被保留；“使用建议措辞”可恢复本应用提供的文本。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Edit exchange</source>
        <translation>编辑往来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Add exchange</source>
        <translation>添加往来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130"/>
        <source>When the letter, email, call or visit happened</source>
        <translation>信函、电子邮件、通话或访问的日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="136"/>
        <source>Sent or received</source>
        <translation>发出或收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="139"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="142"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143"/>
        <source>Who took part on our side</source>
        <translation>我方参与人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144"/>
        <source>Their people</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145"/>
        <source>Who took part on the partner city&apos;s side</source>
        <translation>对方城市参与人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="150"/>
        <source>What was said or agreed, in a sentence or two</source>
        <translation>用一两句话概括所谈内容或达成的共识</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="159"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="160"/>
        <source>S&amp;ent or received:</source>
        <translation>发出或收到(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="161"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="162"/>
        <source>&amp;Our people:</source>
        <translation>我方人员(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="163"/>
        <source>&amp;Their people:</source>
        <translation>对方人员(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="164"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sistercity_desktop/files.py" line="37"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="39"/>
        <source>Agreements are written in {languages}; &apos;{language}&apos; is not one of them.</source>
        <translation>协议书可用 {languages} 书写；“{language}”不在其中。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="73"/>
        <source>The area</source>
        <translation>合作领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="80"/>
        <source>Unknown area of cooperation &apos;{area}&apos;.</source>
        <translation>未知的合作领域“{area}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="90"/>
        <source>Unknown clause &apos;{clause}&apos;.</source>
        <translation>未知的条款“{clause}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="97"/>
        <source>The number of exchanges a year must be between 1 and 100.</source>
        <translation>每年交流次数必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="106"/>
        <source>The place of signing</source>
        <translation>签署地点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="197"/>
        <source>Choose the two originals or a plain bilingual copy.</source>
        <translation>请选择两份正本或普通双语副本。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="202"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="286"/>
        <source>Choose the partner city first (step 2).</source>
        <translation>请先选定对方城市（第 2 步）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="207"/>
        <source>Agreements are written in {languages}; change the document language &apos;{language}&apos; first.</source>
        <translation>协议书可用 {languages} 书写；请先更改文件语言“{language}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="117"/>
        <source>The host is either our city or the partner city.</source>
        <translation>主办方只能是本市或对方城市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="133"/>
        <source>Unknown preset &apos;{key}&apos;; choose one of {choices}.</source>
        <translation>未知的现成议程“{key}”；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="151"/>
        <source>An event lasts from 1 to 600 minutes.</source>
        <translation>每个环节的时长应为 1 至 600 分钟。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="153"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="219"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="42"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="98"/>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="156"/>
        <source>The partner&apos;s title</source>
        <translation>对方语言的标题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="158"/>
        <source>Who</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="160"/>
        <source>The cue</source>
        <translation>给筹办人员的备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="181"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="191"/>
        <source>That event no longer exists.</source>
        <translation>该环节已不存在。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="208"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>未知的角色“{role}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="210"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="28"/>
        <source>Side must be one of {choices}.</source>
        <translation>所属方必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="218"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="40"/>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="227"/>
        <source>A gift is given or received.</source>
        <translation>礼品只能是赠出或收到。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="231"/>
        <source>The gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="234"/>
        <source>The recipient</source>
        <translation>赠予对象</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="236"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="372"/>
        <location filename="../sistercity_desktop/services/research.py" line="241"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="261"/>
        <source>Set the ceremony&apos;s date, start time and time zone first.</source>
        <translation>请先设置仪式的日期、开始时间和时区。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="75"/>
        <source>Add the order of events first (choose a preset).</source>
        <translation>请先添加议程顺序（选择一套现成议程）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="201"/>
        <source>Unknown ceremony document &apos;{kind}&apos;.</source>
        <translation>未知的仪式文件“{kind}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="54"/>
        <source>Set up your committee first (or run `sistercity demo`).</source>
        <translation>请先设置您的委员会（或运行 `sistercity demo`）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="79"/>
        <location filename="../sistercity_desktop/services/committee.py" line="157"/>
        <source>The committee&apos;s name</source>
        <translation>委员会名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="81"/>
        <source>Your city&apos;s name</source>
        <translation>本市名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="85"/>
        <location filename="../sistercity_desktop/services/committee.py" line="180"/>
        <source>Choose your city&apos;s country.</source>
        <translation>请选择本市所在国家。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="87"/>
        <location filename="../sistercity_desktop/services/committee.py" line="192"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="320"/>
        <location filename="../sistercity_desktop/services/research.py" line="212"/>
        <source>The population must be between 0 and 100 million.</source>
        <translation>人口必须在 0 到 1 亿之间。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="90"/>
        <source>This data folder already has a committee.</source>
        <translation>此数据文件夹中已有委员会。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="97"/>
        <source>The official&apos;s name</source>
        <translation>官员姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="100"/>
        <source>The official&apos;s title</source>
        <translation>官员职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="103"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="43"/>
        <source>The organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="108"/>
        <location filename="../sistercity_desktop/services/committee.py" line="160"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="33"/>
        <source>The email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="121"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="265"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="324"/>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择一项：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="128"/>
        <location filename="../sistercity_desktop/services/committee.py" line="196"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="252"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="276"/>
        <location filename="../sistercity_desktop/services/research.py" line="183"/>
        <location filename="../sistercity_desktop/services/research.py" line="189"/>
        <source>Unknown field &apos;{key}&apos;.</source>
        <translation>未知的字段“{key}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="162"/>
        <location filename="../sistercity_desktop/services/committee.py" line="170"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="35"/>
        <source>“{email}” does not look like an email address.</source>
        <translation>“{email}”看起来不像电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="167"/>
        <source>The national body</source>
        <translation>全国性机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="175"/>
        <source>The language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="189"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="31"/>
        <source>Role must be one of {choices}.</source>
        <translation>角色必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="46"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="81"/>
        <source>Direction must be one of {choices}.</source>
        <translation>发出或收到必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="84"/>
        <source>Channel must be one of {choices}.</source>
        <translation>渠道必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="87"/>
        <source>An exchange cannot be dated in the future; plan it in the work plan.</source>
        <translation>往来记录的日期不能晚于今天；未来的安排请列入工作计划。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="91"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="93"/>
        <source>Their people</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="95"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="148"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="113"/>
        <source>The summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="114"/>
        <location filename="../sistercity_desktop/services/correspondence.py" line="160"/>
        <source>That entry no longer exists.</source>
        <translation>该条往来已不存在。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="138"/>
        <location filename="../sistercity_desktop/store/backup.py" line="122"/>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="141"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} 太大，无法附加（{size} MB；最多 {limit} MB）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="154"/>
        <source>Cannot copy {name}: {reason}.</source>
        <translation>无法复制 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/demo.py" line="32"/>
        <source>This data folder already has a committee; use an empty data folder for the demo (--data-dir).</source>
        <translation>此数据文件夹中已有委员会；请为演示数据使用一个空的数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="53"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <translation>未知的文件类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="74"/>
        <source>Give the partnership&apos;s id (at least its first 4 characters); `sistercity list --json` shows the ids.</source>
        <translation>请提供结好关系的 ID（至少前 4 个字符）；`sistercity list --json` 会列出各 ID。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="79"/>
        <source>No partnership has an id starting with &apos;{text}&apos;.</source>
        <translation>没有 ID 以“{text}”开头的结好关系。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/documents.py" line="82"/>
        <source>&apos;{text}&apos; matches %n partnership(s); give more of the id.</source>
        <translation>
            <numerusform>“{text}”匹配 %n 个结好关系；请提供更完整的 ID。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="128"/>
        <source>Usage: sistercity document PARTNERSHIP_ID KIND --out DIR (see --list-kinds).</source>
        <translation>用法：sistercity document PARTNERSHIP_ID KIND --out DIR（参见 --list-kinds）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="132"/>
        <source>Unknown document kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>未知的文件类型“{kind}”；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="137"/>
        <source>Say where to write the document with --out DIR.</source>
        <translation>请用 --out DIR 指定文件的写入位置。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="41"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="158"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="148"/>
        <location filename="../sistercity_desktop/services/research.py" line="267"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="127"/>
        <source>An evaluation cannot be recorded for a future date.</source>
        <translation>不能为将来的日期记录评估。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="128"/>
        <source>An adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="136"/>
        <source>The next evaluation must come after this one.</source>
        <translation>下次评估必须在本次评估之后。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="69"/>
        <source>No evaluation has been recorded yet (step 7).</source>
        <translation>尚未记录任何评估（第 7 步）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="95"/>
        <source>Unknown document &apos;{kind}&apos;.</source>
        <translation>未知的文件“{kind}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="132"/>
        <source>Nothing to put in a calendar yet: no ceremony, evaluation or dated work plan item.</source>
        <translation>暂无可放入日历的内容：没有仪式、评估或带日期的工作计划项目。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="50"/>
        <source>Your policy already has questions; edit them instead.</source>
        <translation>本委员会政策中已有问题；请直接编辑这些问题。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="58"/>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="61"/>
        <source>A question&apos;s weight is from 1 to 5.</source>
        <translation>问题的权重为 1 至 5。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="99"/>
        <source>The source must be one of {choices}.</source>
        <translation>来源必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="103"/>
        <source>The country must be a two-letter code such as FR.</source>
        <translation>国家必须是两字母代码，例如 FR。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="108"/>
        <source>The city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="111"/>
        <source>The contact</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="123"/>
        <source>That inquiry no longer exists.</source>
        <translation>该请求已不存在。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="131"/>
        <source>That question is no longer in the policy.</source>
        <translation>该问题已不在政策中。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="146"/>
        <location filename="../sistercity_desktop/services/research.py" line="265"/>
        <source>The decision must be one of {choices}.</source>
        <translation>决定必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="85"/>
        <source>Unknown letter kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>未知的信函类型“{kind}”；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="89"/>
        <source>Letters are written in {choices}; &apos;{language}&apos; is not one of them.</source>
        <translation>信函可用 {choices} 书写；“{language}”不在其中。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="128"/>
        <source>Choose the partner city first (step 2): a letter needs a recipient.</source>
        <translation>请先选定对方城市（第 2 步）：信函需要收信人。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="190"/>
        <source>A paragraph</source>
        <translation>正文段落</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="192"/>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="194"/>
        <source>The subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="196"/>
        <source>The salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="197"/>
        <source>The opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="199"/>
        <source>The closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="202"/>
        <source>The letter needs at least one paragraph.</source>
        <translation>信函至少需要一个正文段落。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="267"/>
        <source>Layout must be one of {choices}.</source>
        <translation>版式必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="51"/>
        <source>The email texts are missing from resources/email.</source>
        <translation>resources/email 中缺少电子邮件文本。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="106"/>
        <location filename="../sistercity_desktop/services/packets.py" line="169"/>
        <source>Unknown document &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>未知的文件“{kind}”；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="166"/>
        <source>Choose at least one document for the packet.</source>
        <translation>请为资料包至少选择一份文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="251"/>
        <source>Set the national sister cities body&apos;s email address first (File › Preferences).</source>
        <translation>请先设置全国姊妹城市机构的电子邮件地址（文件 › 首选项）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="261"/>
        <source>Record the signing date first (step 6): this packet goes out after signing.</source>
        <translation>请先记录签署日期（第 6 步）：此资料包在签署后才发出。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="125"/>
        <source>No partnership with id {pid}.</source>
        <translation>没有 ID 为 {pid} 的结好关系。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="180"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="181"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="182"/>
        <source>Geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="183"/>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="184"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="185"/>
        <source>Academic institutions</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="186"/>
        <source>Cultural institutions</source>
        <translation>文化机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="187"/>
        <source>Academic kinds</source>
        <translation>学术机构类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="188"/>
        <source>Cultural kinds</source>
        <translation>文化机构类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="189"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="190"/>
        <source>Official name</source>
        <translation>官员姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="191"/>
        <source>Official title</source>
        <translation>官员职务</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="192"/>
        <source>Local organisation</source>
        <translation>当地组织</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="193"/>
        <source>Relationships</source>
        <translation>既有关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="194"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="195"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="196"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="209"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}不能为空。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="211"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="220"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="370"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="80"/>
        <source>Kind must be one of {choices}.</source>
        <translation>类型必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="223"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="357"/>
        <source>The step must be between 1 and {last}.</source>
        <translation>步骤必须在 1 到 {last} 之间。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="225"/>
        <source>The partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="228"/>
        <source>Choose the partner city&apos;s country.</source>
        <translation>请选择对方城市所在国家。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="261"/>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>“{value}”不是有效日期；请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="309"/>
        <source>Unknown city field &apos;{key}&apos;.</source>
        <translation>未知的城市字段“{key}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="317"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="329"/>
        <source>The country must be a two-letter ISO code such as JP.</source>
        <translation>国家必须是两字母 ISO 代码，例如 JP。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="340"/>
        <source>Unknown checklist item &apos;{key}&apos;.</source>
        <translation>未知的检查清单项目“{key}”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="360"/>
        <source>Steps are taken in order; finish the ones before it first.</source>
        <translation>步骤须按顺序进行；请先完成之前的步骤。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="88"/>
        <source>The limit must be between 1 and 500.</source>
        <translation>数量上限必须在 1 到 500 之间。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="125"/>
        <source>No city with GeoNames id {geonameid} in the gazetteer.</source>
        <translation>地名库中没有 GeoNames ID 为 {geonameid} 的城市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="130"/>
        <location filename="../sistercity_desktop/services/research.py" line="149"/>
        <source>{city} is already a candidate.</source>
        <translation>{city} 已是候选城市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="140"/>
        <source>The city&apos;s name</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="144"/>
        <source>Choose the candidate city&apos;s country.</source>
        <translation>请选择候选城市所在国家。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="162"/>
        <source>That candidate no longer exists.</source>
        <translation>该候选城市已不存在。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="173"/>
        <source>The strength of the historical tie</source>
        <translation>历史渊源强度</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="175"/>
        <source>The strength of the historical tie is from 0 (none) to 3.</source>
        <translation>历史渊源强度为 0（无）至 3。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="202"/>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation>{label}：“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="210"/>
        <source>The population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="219"/>
        <source>Choose a climate from: {choices}.</source>
        <translation>请从以下气候中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="225"/>
        <source>Unknown kind &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>未知的类型“{kind}”；请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="233"/>
        <source>The kind of tie must be one of {choices}.</source>
        <translation>关系类型必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="236"/>
        <source>A tie&apos;s strength is 1 (slight), 2 (real) or 3 (strong).</source>
        <translation>关系强度为 1（较弱）、2（一般）或 3（较强）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="275"/>
        <source>{city} is already chosen; set it back to “considering” first.</source>
        <translation>{city} 已被选定；请先将其恢复为“考虑中”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="372"/>
        <source>Your city&apos;s position is unknown, so distance cannot be used: pick your city from the gazetteer in the research step first.</source>
        <translation>本市的位置未知，因此无法使用距离条件：请先在调研步骤中从地名库里选择本市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="392"/>
        <source>Enter your city&apos;s population first (File › Committee and city).</source>
        <translation>请先输入本市人口（文件 › 委员会和城市）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="162"/>
        <source>Not a valid data file: {where}: {problem}.</source>
        <translation>不是有效的数据文件：{where}：{problem}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="170"/>
        <source>more than {count} records</source>
        <translation>记录超过 {count} 条</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="173"/>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="177"/>
        <source>unknown field {field}</source>
        <translation>未知字段 {field}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="184"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>缺少字段“{field}”</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="192"/>
        <source>{value} is not a UUID</source>
        <translation>{value} 不是 UUID</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="195"/>
        <source>duplicate id {id}</source>
        <translation>重复的 ID {id}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="202"/>
        <source>must not be empty (null)</source>
        <translation>不能为空（null）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="207"/>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="211"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="215"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="217"/>
        <source>expected an ordinary number</source>
        <translation>应为普通数字</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="221"/>
        <source>expected a date as text (YYYY-MM-DD)</source>
        <translation>应为文本形式的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="226"/>
        <source>{value} is not a valid date</source>
        <translation>{value} 不是有效日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="230"/>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="233"/>
        <source>text with broken characters (lone surrogates)</source>
        <translation>文本含有损坏的字符（孤立代理项）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="236"/>
        <source>text longer than {limit} characters</source>
        <translation>文本超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="240"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="244"/>
        <source>unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="256"/>
        <source>must be between 1 and {last}</source>
        <translation>必须在 1 到 {last} 之间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="265"/>
        <location filename="../sistercity_desktop/services/transfer.py" line="317"/>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="272"/>
        <source>the same checklist item appears twice</source>
        <translation>同一检查清单项目出现了两次</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="277"/>
        <source>Not a valid data file: {name} is not a number this app stores.</source>
        <translation>不是有效的数据文件：{name} 不是本应用存储的数字。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="287"/>
        <source>Not a valid data file: not JSON ({error}, line {line}).</source>
        <translation>不是有效的数据文件：不是 JSON 格式（{error}，第 {line} 行）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="291"/>
        <source>Not a valid data file: it is nested far too deeply.</source>
        <translation>不是有效的数据文件：嵌套层级过深。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="294"/>
        <source>Not a valid data file: it holds a number too long to read.</source>
        <translation>不是有效的数据文件：其中的数字过长，无法读取。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="297"/>
        <source>Not a Sister City Desktop data file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>不是 Sister City Desktop 数据文件（没有 &quot;format&quot;: &quot;{format}&quot;）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="301"/>
        <source>Not a valid data file: unknown field {field}.</source>
        <translation>不是有效的数据文件：未知字段 {field}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="307"/>
        <source>Unsupported data file version {shown}; this app reads version {version}.</source>
        <translation>不支持的数据文件版本 {shown}；本应用读取的是版本 {version}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="339"/>
        <source>The data file conflicts with what is already stored ({error}); nothing was imported.</source>
        <translation>数据文件与已存储的内容冲突（{error}）；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="370"/>
        <source>This data folder belongs to {ours}; the file is for another committee ({theirs}). Import it into an empty data folder.</source>
        <translation>此数据文件夹属于 {ours}；该文件属于另一个委员会（{theirs}）。请将其导入一个空的数据文件夹。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="388"/>
        <source>{path} is too large for a data file ({size} bytes).</source>
        <translation>{path} 作为数据文件过大（{size} 字节）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="393"/>
        <source>No such file: {path}.</source>
        <translation>文件不存在：{path}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="396"/>
        <source>Not a valid data file: {path} is not UTF-8 text.</source>
        <translation>不是有效的数据文件：{path} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="399"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="58"/>
        <source>A goal is short-term (within a year) or long-term.</source>
        <translation>目标只能是短期（一年以内）或长期。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="61"/>
        <source>The goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="64"/>
        <source>The description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="83"/>
        <source>Term must be short or long.</source>
        <translation>期限必须是短期或长期。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="85"/>
        <source>Status must be one of {choices}.</source>
        <translation>状态必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="88"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="90"/>
        <source>The budget must be a positive amount.</source>
        <translation>预算必须是正数金额。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="92"/>
        <source>The number of participants must be between 0 and 1,000,000.</source>
        <translation>参与人数必须在 0 到 1,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="95"/>
        <source>That goal belongs to another partnership or was deleted.</source>
        <translation>该目标属于另一个结好关系，或已被删除。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="101"/>
        <source>The owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="105"/>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="123"/>
        <source>That work plan item no longer exists.</source>
        <translation>该工作计划项目已不存在。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="88"/>
        <source>Cannot create {path}: {error}.</source>
        <translation>无法创建 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="94"/>
        <source>{path} already exists; choose another folder or remove it first.</source>
        <translation>{path} 已存在；请选择其他文件夹，或先将其删除。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="125"/>
        <source>Cannot write the packet in {path}: {error}. Nothing was left behind.</source>
        <translation>无法在 {path} 中写入资料包：{error}。未留下任何残余文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="70"/>
        <source>Could not copy the database to {path}: {error}.</source>
        <translation>无法将数据库复制到 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="132"/>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} 不是可读取的数据库（{error}）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="135"/>
        <source>{name} is damaged ({details}).</source>
        <translation>{name} 已损坏（{details}）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="137"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="139"/>
        <source>{name} is not a Sister City Desktop store.</source>
        <translation>{name} 不是 Sister City Desktop 数据库。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="94"/>
        <source>Cannot use the data folder {folder}: {error}.</source>
        <translation>无法使用数据文件夹 {folder}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="102"/>
        <source>The data file {path} cannot be read: {reason} Nothing was changed; restore a backup (`sistercity restore`) or move the file aside.</source>
        <translation>无法读取数据文件 {path}：{reason}未做任何更改；请恢复备份（`sistercity restore`）或将该文件移至别处。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="119"/>
        <location filename="../sistercity_desktop/store/db.py" line="163"/>
        <source>{path} is not a Sister City Desktop database (it is not an SQLite file).</source>
        <translation>{path} 不是 Sister City Desktop 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="123"/>
        <source>{path} is an SQLite database, but not one of Sister City Desktop&apos;s.</source>
        <translation>{path} 是 SQLite 数据库，但不属于 Sister City Desktop。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="138"/>
        <source>{path} was written by a newer version of Sister City Desktop (schema {schema}); please update the app.</source>
        <translation>{path} 由更新版本的 Sister City Desktop 写入（架构 {schema}）；请更新本应用。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="169"/>
        <source>the integrity check found damage ({details}).</source>
        <translation>完整性检查发现损坏（{details}）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="185"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="200"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>无法打开 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="229"/>
        <source>Cannot restore: {problem}</source>
        <translation>无法恢复：{problem}</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="159"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="167"/>
        <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
        <translation>每年与对方城市一起回顾一次：工作计划承诺了什么、实际做了什么、需要改进什么。本应用汇总已知事实，由委员会作出判断。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="180"/>
        <source>What the app knows</source>
        <translation>本应用掌握的情况</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="182"/>
        <source>Partnership health</source>
        <translation>结好关系健康状况</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="189"/>
        <source>Health:</source>
        <translation>健康状况：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="201"/>
        <source>Record an evaluation</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="204"/>
        <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
        <translation>为每个方面评分，从 1（差）到 5（很好），并说明依据：数字、活动、人们的反馈。如果无人能评判，请将该方面保留为“未评分”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Part and question</source>
        <translation>方面和问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220"/>
        <source>{0} rating</source>
        <translation>{0}评分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="221"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224"/>
        <source>{0} evidence</source>
        <translation>{0}依据</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="225"/>
        <source>What shows it?</source>
        <translation>依据是什么？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236"/>
        <source>Adjustments to the work plan</source>
        <translation>工作计划调整</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="237"/>
        <source>One change per line; each line becomes a new item in the work plan</source>
        <translation>每行一项调整；每行都会成为工作计划中的一个新项目</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="240"/>
        <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
        <translation>每行一项调整，例如“为电子政务交流项目在塔尔图找到负责人”</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="243"/>
        <source>The committee&apos;s conclusion in a few sentences; it opens the evaluation report</source>
        <translation>用几句话写出委员会的结论；它将作为评估报告的开篇</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398"/>
        <source>Held on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247"/>
        <source>The day the committee evaluated</source>
        <translation>委员会进行评估的日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="399"/>
        <source>Next evaluation</source>
        <translation>下次评估</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="249"/>
        <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
        <translation>建议：本次评估一年后。建议间隔 6 至 24 个月。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="256"/>
        <source>Ad&amp;justments:</source>
        <translation>调整(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="259"/>
        <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
        <translation>每行都会成为工作计划中的一个新项目，以便跟进调整。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262"/>
        <source>&amp;Held on:</source>
        <translation>评估日期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="263"/>
        <source>Ne&amp;xt evaluation:</source>
        <translation>下次评估(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="267"/>
        <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
        <translation>建议：本次评估一年后。若日期不在 6 至 24 个月之内，需要说明理由。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275"/>
        <source>&amp;Record evaluation</source>
        <translation>记录评估(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="276"/>
        <source>Record evaluation</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="303"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305"/>
        <source>Past evaluations</source>
        <translation>以往评估</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="306"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310"/>
        <source>Evaluation repor&amp;t…</source>
        <translation>评估报告(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311"/>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="312"/>
        <source>Preview, print or save the latest evaluation as a PDF</source>
        <translation>预览、打印最新评估或将其另存为 PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="326"/>
        <source>Score {0} of 100</source>
        <translation>得分 {0}/100</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="335"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="342"/>
        <source>Adjustments:</source>
        <translation>调整：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="346"/>
        <source>No evaluation recorded yet.</source>
        <translation>尚未记录任何评估。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="387"/>
        <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
        <translation>{0}：请为您填写的依据选择 1 至 5 的评分，或清除该依据。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="401"/>
        <source>Say on which day the evaluation was held.</source>
        <translation>请填写评估的举行日期。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="404"/>
        <source>Rate at least one part or write a summary before recording.</source>
        <translation>记录前请至少为一个方面评分或填写摘要。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418"/>
        <source>Next evaluation date</source>
        <translation>下次评估日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="419"/>
        <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
        <translation>{0}

仍要保留此日期吗？请说明理由（例如议会选举或已计划的访问）：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="422"/>
        <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
        <translation>尚未记录：请另选下次评估日期，或说明理由。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="426"/>
        <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
        <translation>未记录：日期不在 6 至 24 个月之内，需要说明理由。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="438"/>
        <source>Evaluation of {0} recorded.</source>
        <translation>已记录 {0} 的评估。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="440"/>
        <source>%n adjustment was added to the work plan as new items.</source>
        <translation>
            <numerusform>已将 %n 项调整作为新项目加入工作计划。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="443"/>
        <source>%n adjustments were added to the work plan as new items.</source>
        <translation>
            <numerusform>已将 %n 项调整作为新项目加入工作计划。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="455"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="55"/>
        <source>Export a packet</source>
        <translation>导出资料包</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="64"/>
        <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
        <translation>选择要共享的 {0} 文件。您将得到每份 PDF、一份包含全部内容（带书签）的 PDF、数据以及一份简短的 README。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="66"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="74"/>
        <source>Not ready yet for this partnership.</source>
        <translation>此结好关系尚未准备好。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="79"/>
        <source>Save in folder</source>
        <translation>保存到文件夹</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="80"/>
        <source>&amp;Choose folder…</source>
        <translation>选择文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One &amp;ZIP file</source>
        <translation>单个 ZIP 文件(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One ZIP file</source>
        <translation>单个 ZIP 文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A &amp;folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="85"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="87"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="88"/>
        <source>Save in:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="98"/>
        <source>Email draft</source>
        <translation>电子邮件草稿</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="101"/>
        <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
        <translation>导出后，生成一份电子邮件草稿，邮件程序会将其作为附带文件的新邮件打开（可离线操作；联网后再发送）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="103"/>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="114"/>
        <source>Email language</source>
        <translation>邮件语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="119"/>
        <source>Make &amp;email draft</source>
        <translation>生成电子邮件草稿(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="122"/>
        <source>Open as &amp;plain email (no attachments)</source>
        <translation>以纯文本邮件打开（不带附件）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="125"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="136"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="139"/>
        <source>&amp;Show in its folder</source>
        <translation>在文件夹中显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="142"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="154"/>
        <source>Save the packet in</source>
        <translation>将资料包保存到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="201"/>
        <source>Preparing the documents…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="167"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="178"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="200"/>
        <source>Preparing: {0}</source>
        <translation>正在准备：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="212"/>
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="240"/>
        <source>Large attachments</source>
        <translation>附件过大</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="241"/>
        <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
        <translation>附件超过 10 MB，许多邮件服务器会拒收。仍要生成草稿吗？（也可以导出 ZIP，或减少文件数量。）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="253"/>
        <source>Email draft written: {0}</source>
        <translation>已写入电子邮件草稿：{0}</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="89"/>
        <source>Work plan timeline</source>
        <translation>工作计划时间线</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="111"/>
        <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
        <translation>共 {0} 个项目，从 {1} 到 {2}；{3} 个已逾期；{4} 个没有日期。上方表格列出了相同的项目。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="182"/>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="229"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="185"/>
        <source>pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="189"/>
        <source>no dates</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="192"/>
        <source>{0} (pilot, overdue)</source>
        <translation>{0}（试点，已逾期）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="194"/>
        <source>{0} (pilot)</source>
        <translation>{0}（试点）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="196"/>
        <source>{0} (overdue)</source>
        <translation>{0}（已逾期）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="213"/>
        <source>Nothing planned yet: add a programme or exchange above.</source>
        <translation>尚无任何计划：请在上方添加项目或交流活动。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="226"/>
        <source>planned or in progress</source>
        <translation>已计划或进行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="227"/>
        <source>★ pilot</source>
        <translation>★ 试点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="228"/>
        <source>done or cancelled</source>
        <translation>已完成或已取消</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="241"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="289"/>
        <source>No dates (add a start or end date to place these on the timeline):</source>
        <translation>无日期（添加开始或结束日期即可在时间线上显示）：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="292"/>
        <source>{0} — no dates</source>
        <translation>{0} — 无日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="295"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="104"/>
        <source>No contact recorded yet</source>
        <translation>尚无联系记录</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="108"/>
        <source>Last contact less than a month ago</source>
        <translation>最近联系：不到一个月前</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="109"/>
        <source>Last contact %n month(s) ago</source>
        <translation>
            <numerusform>最近联系：%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="118"/>
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>已 %n 个月未联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="148"/>
        <source>{held} of %n planned exchange(s) held</source>
        <translation>
            <numerusform>计划的 %n 次交流中已开展 {held} 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="156"/>
        <source>No exchanges due in the work plan so far</source>
        <translation>工作计划中目前没有到期的交流活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="160"/>
        <source>Activity in %n sector(s)</source>
        <translation>
            <numerusform>%n 个领域有活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="163"/>
        <source>No activity in any sector in the last 2 years</source>
        <translation>过去 2 年中任何领域均无活动</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="165"/>
        <source>Activity in only %n sector(s)</source>
        <translation>
            <numerusform>仅 %n 个领域有活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="170"/>
        <source>%n participant(s) in the last year</source>
        <translation>
            <numerusform>过去一年有 %n 人参与</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="174"/>
        <source>No participants in the last year</source>
        <translation>过去一年无人参与</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="177"/>
        <source>Only %n participant(s) in the last year</source>
        <translation>
            <numerusform>过去一年仅 %n 人参与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="183"/>
        <source>%n work plan item(s) overdue</source>
        <translation>
            <numerusform>%n 个工作计划项目已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="187"/>
        <source>Evaluation overdue (due {day})</source>
        <translation>评估已逾期（截止 {day}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="193"/>
        <source>Signed less than a month ago: still settling in</source>
        <translation>签署不到一个月：仍处于磨合期</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="195"/>
        <source>Signed %n month(s) ago: still settling in</source>
        <translation>
            <numerusform>签署于 %n 个月前：仍处于磨合期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="217"/>
        <source>Agreement not signed yet</source>
        <translation>协议书尚未签署</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="218"/>
        <source>Agreement to be signed on {day}</source>
        <translation>协议书将于 {day} 签署</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="146"/>
        <source>Inquiries and policy</source>
        <translation>结好请求和政策</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="180"/>
        <source>Your &amp;policy</source>
        <translation>本委员会政策(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="183"/>
        <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
        <translation>商定几个问题，用于审视每一项结好请求，无论请求来自国外城市还是本地居民。这些问题有助于处理大量请求，并选择能够长期维系的关系。请求必须在每个必答问题上得到“是”；权重（1 至 5）表示选答问题的分量。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Policy questions</source>
        <translation>政策问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226"/>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="189"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <source>&amp;Remove question</source>
        <translation>删除问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="583"/>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="200"/>
        <source>Remove the selected question from the policy</source>
        <translation>从政策中删除所选问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use su&amp;ggested questions</source>
        <translation>使用建议问题(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use suggested questions</source>
        <translation>使用建议问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="204"/>
        <source>Start from seven common questions; you can remove or add questions afterwards</source>
        <translation>从七个常见问题开始；之后可以删除或添加问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="212"/>
        <source>Add a question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216"/>
        <source>e.g. The city has a direct train or flight to ours</source>
        <translation>例如：该市与本市之间有直达火车或航班</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217"/>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="218"/>
        <source>A question answered Yes or No per inquiry</source>
        <translation>每项请求都以“是”或“否”回答的问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="220"/>
        <source>New &amp;question:</source>
        <translation>新问题(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225"/>
        <source>Req&amp;uired</source>
        <translation>必答(&amp;U)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="227"/>
        <source>A required question must be answered Yes for the request to meet the policy</source>
        <translation>请求必须在必答问题上回答“是”才符合政策</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="232"/>
        <source>How much an optional question counts, 1 to 5</source>
        <translation>选答问题的分量，1 至 5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="235"/>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>&amp;Add question</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="250"/>
        <source>I&amp;nquiries</source>
        <translation>结好请求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="259"/>
        <source>Inquiries</source>
        <translation>结好请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an &amp;inquiry…</source>
        <translation>记录结好请求(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an inquiry</source>
        <translation>记录结好请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="269"/>
        <source>Note a request to partner from a city abroad or from local residents</source>
        <translation>记录来自国外城市或本地居民的结好请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <source>Remo&amp;ve inquiry</source>
        <translation>删除请求(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="616"/>
        <source>Remove inquiry</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="273"/>
        <source>Remove the selected inquiry</source>
        <translation>删除所选请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="283"/>
        <source>Select an inquiry above to answer your policy questions and record the committee&apos;s decision.</source>
        <translation>在上方选择一项请求，即可回答政策问题并记录委员会的决定。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="318"/>
        <source>Policy check</source>
        <translation>政策核对</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="325"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="328"/>
        <source>Why the committee decided this (needed unless the decision is still pending)</source>
        <translation>委员会作出此决定的理由（除非决定仍待定，否则必填）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331"/>
        <source>Reason for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332"/>
        <source>Record d&amp;ecision</source>
        <translation>记录决定(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="333"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="335"/>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="337"/>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="340"/>
        <source>Recorded decision</source>
        <translation>已记录的决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="376"/>
        <source>Weight counts only for optional questions</source>
        <translation>权重仅适用于选答问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="417"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="420"/>
        <source>from {0}</source>
        <translation>来自 {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="421"/>
        <source>received {0}</source>
        <translation>收到于 {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423"/>
        <source>contact: {0}</source>
        <translation>联系人：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="425"/>
        <source>No summary was noted.</source>
        <translation>未填写摘要。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="446"/>
        <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
        <translation>本委员会政策尚无问题。请在左侧添加，或使用建议问题。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="451"/>
        <source>{0} (required)</source>
        <translation>{0}（必答）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="457"/>
        <source>Required question</source>
        <translation>必答问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="458"/>
        <source>Optional question, weight {0}</source>
        <translation>选答问题，权重 {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="479"/>
        <source>No policy questions yet, so there is nothing to weigh.</source>
        <translation>尚无政策问题，因此无从权衡。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="486"/>
        <source>Policy check:</source>
        <translation>政策核对：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="487"/>
        <source>The policy is a guide; the committee decides.</source>
        <translation>政策仅供参考，由委员会作决定。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="500"/>
        <source>No decision recorded yet. Note: {0}</source>
        <translation>尚未记录决定。备注：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501"/>
        <source>No decision recorded yet.</source>
        <translation>尚未记录决定。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="503"/>
        <source>Recorded: {0} on {1}. Reason: {2}</source>
        <translation>已记录：{0}（{1}）。理由：{2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="506"/>
        <source>Recorded: {0}. Reason: {1}</source>
        <translation>已记录：{0}。理由：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="584"/>
        <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
        <translation>要从政策中删除“{0}”吗？已给出的回答将不再计入。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="617"/>
        <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
        <translation>要删除 {1} 收到的来自 {0} 的请求及其回答和决定吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="637"/>
        <source>Select an inquiry first.</source>
        <translation>请先选择一项请求。</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="656"/>
        <source>Record an inquiry</source>
        <translation>记录结好请求</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="663"/>
        <source>The city abroad the request is about</source>
        <translation>请求所涉及的国外城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669"/>
        <source>What they ask for and why</source>
        <translation>对方请求的内容和原因</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="671"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>&amp;From:</source>
        <translation>来自(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Co&amp;ntact name:</source>
        <translation>联系人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>&amp;Received on (YYYY-MM-DD):</source>
        <translation>收到日期（YYYY-MM-DD）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="699"/>
        <source>Choose the country from the list (type part of its name).</source>
        <translation>请从列表中选择国家（输入名称的一部分）。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219"/>
        <source>Edit programme or exchange</source>
        <translation>编辑项目或交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220"/>
        <source>Add a programme or exchange</source>
        <translation>添加项目或交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224"/>
        <source>What will happen, in a few words</source>
        <translation>用几个词说明要做什么</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225"/>
        <source>e.g. Summer youth soccer exchange</source>
        <translation>例如：夏季青少年足球交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Short term is within a year</source>
        <translation>短期指一年以内</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232"/>
        <source>This is the &amp;pilot programme</source>
        <translation>这是试点项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233"/>
        <source>Pilot programme</source>
        <translation>试点项目</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234"/>
        <source>The first, small programme that tests the partnership</source>
        <translation>第一个检验结好关系的小型项目</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Who makes sure it happens</source>
        <translation>负责确保项目落实的人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>When it should be finished</source>
        <translation>应完成的时间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242"/>
        <source>An amount in your currency; leave empty if unknown</source>
        <translation>以本地货币计的金额；未知则留空</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243"/>
        <source>e.g. 2500</source>
        <translation>例如：2500</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244"/>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245"/>
        <source>How many people take part</source>
        <translation>参与的人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246"/>
        <source>e.g. 12</source>
        <translation>例如：12</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>The work plan goal this serves</source>
        <translation>此项目服务的工作计划目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248"/>
        <source>No goal</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273"/>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279"/>
        <source>Te&amp;rm:</source>
        <translation>期限(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>Parti&amp;cipants:</source>
        <translation>参与人数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>&amp;Goal:</source>
        <translation>目标(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309"/>
        <source>The budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310"/>
        <source>The number of participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="316"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="125"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="130"/>
        <source>The letter is written in the partner&apos;s language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
        <translation>信函以对方的语言书写，遵循其礼仪规范，并附有您所用语言的参考译本。请检查建议措辞并加以调整，然后预览并打印。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="134"/>
        <source>Kind of letter</source>
        <translation>信函类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="138"/>
        <source>Letter language</source>
        <translation>信函语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="139"/>
        <source>Courtesy copy language</source>
        <translation>参考译本语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="140"/>
        <source>No courtesy copy</source>
        <translation>不附参考译本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="145"/>
        <source>Two letters</source>
        <translation>两封信函</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="146"/>
        <source>Courtesy copy as a second letter</source>
        <translation>参考译本作为第二封信函</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="147"/>
        <source>Parallel columns</source>
        <translation>并列分栏</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="148"/>
        <source>Courtesy copy in a column</source>
        <translation>参考译本置于一栏</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="150"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="152"/>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="159"/>
        <source>&amp;Courtesy copy:</source>
        <translation>参考译本(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="160"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="161"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="165"/>
        <source>Letter wording by language</source>
        <translation>各语言信函措辞</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="171"/>
        <source>Use the proposed &amp;wording</source>
        <translation>使用建议措辞(&amp;W)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="173"/>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="175"/>
        <source>Mark as &amp;sent today</source>
        <translation>标记为今天已发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="212"/>
        <source>{0} (edited)</source>
        <translation>{0}（已编辑）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="223"/>
        <source>Use the proposed wording</source>
        <translation>使用建议措辞</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="224"/>
        <source>Replace your edits of this letter with the wording the app proposes?</source>
        <translation>要用本应用建议的措辞替换您对这封信函的修改吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="238"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="267"/>
        <source>Recorded in the correspondence.</source>
        <translation>已记入往来记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="165"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="317"/>
        <source>{0} — Sister City Desktop</source>
        <translation>{0} — Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="102"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="120"/>
        <source>Partnerships</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="96"/>
        <source>Sister City Desktop</source>
        <translation>Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="115"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="243"/>
        <source>What is &amp;due</source>
        <translation>待办事项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="116"/>
        <source>Everything due across your partnerships (Ctrl+D)</source>
        <translation>所有结好关系的待办事项（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="122"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="210"/>
        <source>&amp;New partnership…</source>
        <translation>新建结好关系(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="130"/>
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="147"/>
        <source>Every change is saved as you make it.</source>
        <translation>所有修改都会即时保存。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export packet…</source>
        <translation>导出资料包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Committee and city…</source>
        <translation>委员会和城市(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Inquiries and policy…</source>
        <translation>结好请求和政策(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="249"/>
        <source>&amp;About Sister City Desktop</source>
        <translation>关于 Sister City Desktop(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="270"/>
        <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
        <translation>尚无结好关系。

选择“文件 › 新建结好关系”（Ctrl+N）即可开始。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="307"/>
        <source>Partnership created.</source>
        <translation>已创建结好关系。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="336"/>
        <source>Export packet</source>
        <translation>导出资料包</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="337"/>
        <source>Open a partnership first, then export its documents.</source>
        <translation>请先打开一个结好关系，再导出其文件。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="380"/>
        <source>Could not save window size: {0}</source>
        <translation>无法保存窗口大小：{0}</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="161"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="162"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>NewPartnershipWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="33"/>
        <source>New partnership</source>
        <translation>新建结好关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="37"/>
        <source>Who is the partner?</source>
        <translation>对方是谁？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="38"/>
        <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
        <translation>如果尚未选定城市，请先进行调研并比较候选城市。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="41"/>
        <source>We have not chosen a partner city yet</source>
        <translation>我们尚未选定对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="42"/>
        <source>Partner not chosen yet</source>
        <translation>尚未选定对方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="43"/>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="44"/>
        <source>Partner country</source>
        <translation>对方国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="45"/>
        <source>Kind of partnership</source>
        <translation>结好类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="46"/>
        <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
        <translation>姊妹城市是全面、长期的结好关系；友好城市较为轻松，通常是第一阶段。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="51"/>
        <source>Partner &amp;city:</source>
        <translation>对方城市(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="52"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="53"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="54"/>
        <source>Starting step</source>
        <translation>起始步骤</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="55"/>
        <source>For a partnership already under way, start at the step it has reached.</source>
        <translation>对于已在进行中的结好关系，从其已到达的步骤开始。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="58"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="59"/>
        <source>&amp;Starting at step:</source>
        <translation>从此步骤开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="63"/>
        <source>Document languages</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="64"/>
        <source>Letters and the agreement are written in both languages.</source>
        <translation>信函和协议书均以两种语言书写。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="66"/>
        <source>Partner&apos;s language</source>
        <translation>对方语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="67"/>
        <source>Our language</source>
        <translation>我方语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="70"/>
        <source>&amp;Partner&apos;s language:</source>
        <translation>对方语言(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="71"/>
        <source>&amp;Our language:</source>
        <translation>我方语言(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="92"/>
        <source>Suggested from the country&apos;s official language: {0}. Change it if the city uses another.</source>
        <translation>根据该国官方语言建议：{0}。如果该市使用其他语言，请修改。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="100"/>
        <source>Enter the partner city&apos;s name, or tick “not chosen yet”.</source>
        <translation>请输入对方城市名称，或勾选“尚未选定”。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="104"/>
        <source>Choose the partner city&apos;s country from the list.</source>
        <translation>请从列表中选择对方城市所在国家。</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="27"/>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="28"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="29"/>
        <source>Next action</source>
        <translation>下一项行动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="30"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="78"/>
        <source>Not chosen yet: %n candidate(s)</source>
        <translation>
            <numerusform>尚未选定：%n 个候选城市</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="46"/>
        <source>Preview — {0}</source>
        <translation>预览 — {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57"/>
        <source>Document preview</source>
        <translation>文件预览</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="63"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="65"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>在 PDF 阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="78"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="86"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="79"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="99"/>
        <source>Open in PDF viewer</source>
        <translation>在 PDF 阅读器中打开</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="100"/>
        <source>No PDF viewer answered. The file is at:
{0}</source>
        <translation>没有 PDF 阅读器响应。文件位于：
{0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="48"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="51"/>
        <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
        <translation>菜单、按钮和消息所用的语言。文件仍保留各自的语言。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="53"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Pseudo-localisation (for testers)</source>
        <translation>伪本地化（供测试人员使用）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="62"/>
        <source>The new language is used the next time you start the app.</source>
        <translation>新语言将在下次启动本应用时生效。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="66"/>
        <source>National sister cities body</source>
        <translation>全国姊妹城市机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="68"/>
        <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
        <translation>本委员会向其报告新结好关系的全国性协会。留空则使用您所在国家的通常机构（如已知）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Name of the national body</source>
        <translation>全国性机构名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Email of the national body</source>
        <translation>全国性机构电子邮箱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="114"/>
        <source>The language could not be saved: {0}</source>
        <translation>无法保存语言：{0}</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="43"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="44"/>
        <source>Geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="45"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="46"/>
        <source>Academic</source>
        <translation>学术</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="47"/>
        <source>Cultural</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="48"/>
        <source>Ties</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="49"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="99"/>
        <source>Candidate</source>
        <translation>候选城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="101"/>
        <source>Select a candidate above to see and edit it.</source>
        <translation>在上方选择一个候选城市即可查看和编辑。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="111"/>
        <source>Find candidate cities</source>
        <translation>查找候选城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="114"/>
        <source>Type a city&apos;s name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
        <translation>以任何语言或文字输入城市名称（Osaka、Ōsaka 或 大阪）。世界地名库存储在本机上，因此可离线使用。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="117"/>
        <source>Search the world gazetteer</source>
        <translation>搜索世界地名库</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="118"/>
        <source>Loading the world gazetteer…</source>
        <translation>正在加载世界地名库…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="122"/>
        <source>&amp;Add as candidate</source>
        <translation>添加为候选城市(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="124"/>
        <source>Su&amp;ggest cities like ours…</source>
        <translation>推荐与本市相似的城市(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="130"/>
        <source>Matching cities</source>
        <translation>匹配的城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="140"/>
        <source>Type a city name ({0} cities)…</source>
        <translation>输入城市名称（共 {0} 座城市）…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="143"/>
        <source>The gazetteer could not be loaded.</source>
        <translation>无法加载地名库。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="154"/>
        <source>{0} — {1}, population {2}, {3}</source>
        <translation>{0} — {1}，人口 {2}，{3}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="164"/>
        <source>Type a city&apos;s name and pick it from the list first.</source>
        <translation>请先输入城市名称并从列表中选择。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="187"/>
        <source>Compare candidates</source>
        <translation>比较候选城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="190"/>
        <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
        <translation>指南中的每个数据项都会与本市对比单独评分；权重表示各项对本委员会的重要程度（0 表示不计入）。单击列标题可排序。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="197"/>
        <source>Weight of {0}</source>
        <translation>{0}的权重</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="202"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="210"/>
        <source>Candidate comparison</source>
        <translation>候选城市比较</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="230"/>
        <source>Research &amp;report (PDF)…</source>
        <translation>调研报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="254"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="311"/>
        <source>Your city&apos;s data points (what candidates are compared with)</source>
        <translation>本市的数据项（候选城市与之比较）</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="59"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="63"/>
        <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
        <translation>恢复会用备份替换本应用中的现有内容。现有内容会先另存为一个备份，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="69"/>
        <source>{0} · {1} · {2} KB</source>
        <translation>{0} · {1} · {2} KB</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="75"/>
        <source>No automatic backups yet.</source>
        <translation>尚无自动备份。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="78"/>
        <source>Choose another &amp;file…</source>
        <translation>选择其他文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="93"/>
        <source>Sister City Desktop stores (*.sqlite3)</source>
        <translation>Sister City Desktop 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="100"/>
        <source>Choose a backup in the list, or another file.</source>
        <translation>请在列表中选择一个备份，或选择其他文件。</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="69"/>
        <source>Flag and seating plan</source>
        <translation>国旗和座次安排</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="83"/>
        <source>Seen from the audience, from left to right: {0}.</source>
        <translation>从观众视角，自左至右：{0}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="85"/>
        <source>No plan yet.</source>
        <translation>尚无安排。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="119"/>
        <source>Audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="151"/>
        <source>Host: {0}</source>
        <translation>主方：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="152"/>
        <source>Host side</source>
        <translation>主方一侧</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="153"/>
        <source>Guest: {0}</source>
        <translation>客方：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="154"/>
        <source>Guest side</source>
        <translation>客方一侧</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="161"/>
        <source>Seen from the audience</source>
        <translation>观众视角</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="27"/>
        <source>Welcome to Sister City Desktop</source>
        <translation>欢迎使用 Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31"/>
        <source>Your committee</source>
        <translation>您的委员会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="32"/>
        <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
        <translation>Sister City Desktop 将您的结好关系保存在本机上。首先请介绍一下您的委员会。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35"/>
        <source>Committee name</source>
        <translation>委员会名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36"/>
        <source>e.g. Riverton Sister Cities Association</source>
        <translation>例如：里弗顿姊妹城市协会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37"/>
        <source>Committee language</source>
        <translation>委员会语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="38"/>
        <source>The language your committee works in; documents get a copy in it.</source>
        <translation>委员会的工作语言；所有文件都会附有该语言的副本。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40"/>
        <source>Committee email</source>
        <translation>委员会电子邮箱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41"/>
        <source>Committee &amp;name:</source>
        <translation>委员会名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42"/>
        <source>Committee &amp;language:</source>
        <translation>委员会语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="43"/>
        <source>Committee &amp;email:</source>
        <translation>委员会电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48"/>
        <source>Your city</source>
        <translation>您的城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="49"/>
        <source>Partners will want to know about your city; you can add more later.</source>
        <translation>对方会希望了解您的城市；之后还可以补充更多信息。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52"/>
        <source>City name</source>
        <translation>城市名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="54"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58"/>
        <source>Highest elected official</source>
        <translation>最高民选官员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59"/>
        <source>Official&apos;s title</source>
        <translation>官员职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60"/>
        <source>Local sister city organisation</source>
        <translation>本地姊妹城市组织</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62"/>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63"/>
        <source>&amp;Population:</source>
        <translation>人口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64"/>
        <source>Highest elected &amp;official:</source>
        <translation>最高民选官员(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65"/>
        <source>Official&apos;s &amp;title:</source>
        <translation>官员职衔(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="66"/>
        <source>Local &amp;organisation:</source>
        <translation>本地组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="71"/>
        <source>You can change all of this later.</source>
        <translation>以上所有内容之后均可修改。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="61"/>
        <source>Step {0} of 7 · {1}</source>
        <translation>第 {0} 步，共 7 步 · {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="75"/>
        <source>Guidance</source>
        <translation>指导</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="82"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="98"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="120"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="194"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="200"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="170"/>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="181"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="182"/>
        <source>Highest official</source>
        <translation>最高官员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="183"/>
        <source>Official&apos;s title</source>
        <translation>官员职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="184"/>
        <source>Official&apos;s gender</source>
        <translation>官员性别</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="185"/>
        <source>Used for the correct title and salutation in letters</source>
        <translation>用于在信函中使用正确的职衔和称呼</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="201"/>
        <source>Official&apos;s gender:</source>
        <translation>官员性别：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="212"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="220"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Title</source>
        <translation>职衔</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="222"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="223"/>
        <source>No contacts yet: add one at the mayor&apos;s office and a volunteer on each side.</source>
        <translation>尚无联系人：请在双方各添加一位市长办公室联系人和一位志愿者。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="227"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="229"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="404"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="239"/>
        <source>Notes and decisions</source>
        <translation>备注和决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="242"/>
        <source>Notes and decisions for this step</source>
        <translation>此步骤的备注和决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="255"/>
        <source>Write a note or a decision the committee took…</source>
        <translation>写下备注或委员会作出的决定…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="257"/>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="263"/>
        <source>Kind of note</source>
        <translation>备注类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="264"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="266"/>
        <source>Delete selected note</source>
        <translation>删除所选备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="319"/>
        <source>Evaluation date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="320"/>
        <source>{0}

Keep this date anyway? Say why:</source>
        <translation>{0}

仍要保留此日期吗？请说明理由：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="327"/>
        <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
        <translation>日期未更改：若日期不在签署后 6 至 24 个月之内，需要说明理由。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="361"/>
        <source>✔ This step is done. ({0})</source>
        <translation>✔ 此步骤已完成。（{0}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/step_page.py" line="364"/>
        <source>%n of {0} items still open. Done when: {1}</source>
        <translation>
            <numerusform>共 {0} 项，仍有 %n 项未完成。完成条件：{1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="368"/>
        <source>Almost there. Done when: {0}</source>
        <translation>即将完成。完成条件：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="385"/>
        <source>Select a note in the list first.</source>
        <translation>请先在列表中选择一条备注。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="387"/>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="388"/>
        <source>Delete the selected note?</source>
        <translation>要删除所选备注吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="401"/>
        <source>Select a contact in the table first.</source>
        <translation>请先在表格中选择一位联系人。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="405"/>
        <source>Remove {0}?</source>
        <translation>要删除 {0} 吗？</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39"/>
        <source>Suggest cities like ours</source>
        <translation>推荐与本市相似的城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43"/>
        <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
        <translation>世界地名库中您尚未考虑过的规模相近的城市。这些城市仅有人口数据；可将有潜力的城市添加为候选城市，再填写其他数据项。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47"/>
        <source>Countries (two-letter codes)</source>
        <translation>国家（两字母代码）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48"/>
        <source>e.g. FR, ES, IT — empty for every country</source>
        <translation>例如：FR、ES、IT — 留空表示所有国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49"/>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50"/>
        <source>any language</source>
        <translation>任何语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54"/>
        <source>Maximum distance in km (0 for any)</source>
        <translation>最大距离（公里，0 表示不限）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57"/>
        <source>any distance</source>
        <translation>不限距离</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58"/>
        <source>Leave out countries where we already have a partner</source>
        <translation>排除已有结好对象的国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60"/>
        <source>How many suggestions</source>
        <translation>推荐数量</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63"/>
        <source>&amp;Countries:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65"/>
        <source>&amp;Distance:</source>
        <translation>距离(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73"/>
        <source>&amp;Add selected as candidate</source>
        <translation>将所选城市添加为候选城市(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85"/>
        <source>Suggested cities</source>
        <translation>推荐的城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100"/>
        <source>“{0}” is not a two-letter country code.</source>
        <translation>“{0}”不是两字母国家代码。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107"/>
        <source>Searching 34,000 cities…</source>
        <translation>正在搜索 34,000 座城市…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="122"/>
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n 条推荐。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="127"/>
        <source>{0} km</source>
        <translation>{0} 公里</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="140"/>
        <source>Select a city in the list first.</source>
        <translation>请先在列表中选择一座城市。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="149"/>
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>已添加 %n 个候选城市。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBoxes</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="124"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>WorkPlanPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="345"/>
        <source>Work plan</source>
        <translation>工作计划</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353"/>
        <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
        <translation>与对方城市商定未来一年（短期）及更长远（长期）的目标，然后列出服务于这些目标的项目和交流活动：各由谁负责、何时进行、费用多少。先从一个小型试点项目开始。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan &amp;PDF…</source>
        <translation>工作计划 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan PDF</source>
        <translation>工作计划 PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365"/>
        <source>Preview, print or save the work plan as a PDF</source>
        <translation>预览、打印工作计划或将其另存为 PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>导出日历（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369"/>
        <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
        <translation>将仪式、评估和工作计划的日期保存为 Outlook、Google 日历或 Apple 日历可导入的文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384"/>
        <source>Work plan goals</source>
        <translation>工作计划目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385"/>
        <source>Short-term goals first, then long-term goals</source>
        <translation>先列短期目标，再列长期目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390"/>
        <source>Goal term</source>
        <translation>目标期限</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391"/>
        <source>Short term is within a year</source>
        <translation>短期指一年以内</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394"/>
        <source>Goal title</source>
        <translation>目标标题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395"/>
        <source>e.g. Every school in town has a class link</source>
        <translation>例如：全市每所学校都有一个结对班级</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397"/>
        <source>Goal description</source>
        <translation>目标说明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398"/>
        <source>Optional: how you will know the goal is reached</source>
        <translation>可选：如何判断目标已达成</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400"/>
        <source>Optional: how you will know it is reached</source>
        <translation>可选：如何判断已达成</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add &amp;goal</source>
        <translation>添加目标(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404"/>
        <source>Remo&amp;ve goal…</source>
        <translation>删除目标(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619"/>
        <source>Remove goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406"/>
        <source>Its programmes stay in the plan without a goal</source>
        <translation>其下的项目会保留在计划中，但不再属于任何目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408"/>
        <source>New goal t&amp;itle:</source>
        <translation>新目标标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414"/>
        <source>Descriptio&amp;n:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426"/>
        <source>Programmes and exchanges</source>
        <translation>项目和交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427"/>
        <source>Double-click a row to edit it</source>
        <translation>双击某行即可编辑</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444"/>
        <source>&amp;Add programme…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445"/>
        <source>Add programme or exchange</source>
        <translation>添加项目或交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448"/>
        <source>Edit programme or exchange</source>
        <translation>编辑项目或交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451"/>
        <source>Delete programme or exchange</source>
        <translation>删除项目或交流活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457"/>
        <source>Timeline (point at a bar to see its dates):</source>
        <translation>时间线（将鼠标指向某个条形可查看其日期）：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493"/>
        <source>No goals yet.</source>
        <translation>尚无目标。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510"/>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536"/>
        <source>The end date {0} has passed and it is not done.</source>
        <translation>结束日期 {0} 已过，但尚未完成。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539"/>
        <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
        <translation>尚无项目或交流活动。使用“添加项目…”添加试点项目。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609"/>
        <source>Select a goal in the list first.</source>
        <translation>请先在列表中选择一个目标。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612"/>
        <source>Remove the goal “{0}”?</source>
        <translation>要删除目标“{0}”吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615"/>
        <source>%n programme under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>其下的 %n 个项目将保留在计划中，但不再属于任何目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618"/>
        <source>%n programmes under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>其下的 %n 个项目将保留在计划中，但不再属于任何目标。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661"/>
        <source>Select a programme in the table first.</source>
        <translation>请先在表格中选择一个项目。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664"/>
        <source>Delete programme</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665"/>
        <source>Delete “{0}” from the work plan?</source>
        <translation>要从工作计划中删除“{0}”吗？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682"/>
        <source>Preparing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720"/>
        <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
        <translation>日历已保存到 {0}。用日历程序打开即可添加这些日期。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="60"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="71"/>
        <source>Step {0}: {1}</source>
        <translation>第 {0} 步：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="72"/>
        <source>{0}: {1} (Ctrl+{2})</source>
        <translation>{0}：{1}（Ctrl+{2}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="87"/>
        <source>◀ &amp;Back</source>
        <translation>◀ 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="88"/>
        <source>Previous step (Alt+Left)</source>
        <translation>上一步（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="91"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="145"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="148"/>
        <source>&amp;Next ▶</source>
        <translation>下一步(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="92"/>
        <source>Next step (Alt+Right)</source>
        <translation>下一步（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="119"/>
        <source>Partner not chosen yet</source>
        <translation>尚未选定对方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="120"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="129"/>
        <source>Documents in {0}</source>
        <translation>{0} 的文件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="130"/>
        <source>Now at step {0}: {1}</source>
        <translation>当前处于第 {0} 步：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="146"/>
        <source>Complete step and go o&amp;n ▶</source>
        <translation>完成此步骤并继续(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="149"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="167"/>
        <source>Steps are taken in order: finish the steps before it first.</source>
        <translation>步骤须按顺序进行：请先完成之前的步骤。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="187"/>
        <source>Move on?</source>
        <translation>继续下一步？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="188"/>
        <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
        <translation>“{0}”尚未完成。

完成条件：{1}

仍要将此结好关系推进到下一步吗？您可以随时返回。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="200"/>
        <source>Moved on to step {0}.</source>
        <translation>已进入第 {0} 步。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="214"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="226"/>
        <source>Next: {0} (due {1})</source>
        <translation>下一项：{0}（截止 {1}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="228"/>
        <source>Next: {0}</source>
        <translation>下一项：{0}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="29"/>
        <location filename="../sistercity_desktop/ui/about.py" line="38"/>
        <source>{0}: MIT licence.</source>
        <translation>{0}：MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="30"/>
        <source>{0} and {1}: LGPL v3.</source>
        <translation>{0} 和 {1}：LGPL v3。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="32"/>
        <source>{0} and {1}: MIT licence.</source>
        <translation>{0} 和 {1}：MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="34"/>
        <source>{0}: BSD licence.</source>
        <translation>{0}：BSD 许可证。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="35"/>
        <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
        <translation>{0}：BSD 许可证；区域设置数据来自 {1} 项目（Unicode 许可证）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="39"/>
        <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
        <translation>世界城市：{0}（{1}），CC BY 4.0，通过 {2} 软件包提供（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="43"/>
        <source>Fonts: {0}; licence texts in {1}.</source>
        <translation>字体：{0}；许可证文本位于 {1}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="55"/>
        <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
        <translation>指导本地姊妹城市委员会从最初的设想一直走到对一段活跃结好关系的评估：信函、协议书、仪式和后续工作，全部离线完成。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="59"/>
        <source>Your data stays on this computer, in the data folder:</source>
        <translation>您的数据保存在本机的数据文件夹中：</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="62"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="69"/>
        <source>About Sister City Desktop</source>
        <translation>关于 Sister City Desktop</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40"/>
        <source>Both texts equally authentic</source>
        <translation>两种文本具有同等效力</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41"/>
        <source>One signed original for each side</source>
        <translation>双方各执一份签署正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42"/>
        <source>Effective on signature</source>
        <translation>自签署之日起生效</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43"/>
        <source>Creates no legally binding obligations</source>
        <translation>不产生具有法律约束力的义务</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44"/>
        <source>Names the implementing committees</source>
        <translation>指定负责实施的委员会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45"/>
        <source>Either side may end it by written notice</source>
        <translation>任何一方均可书面通知终止</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54"/>
        <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
        <translation>礼仪型协议书以概括性措辞表述友好与合作。具体型协议书还会列出合作领域和每年交流次数，设立每年召开一次会议的联合工作组，并写明双方各自承担费用。请在上方“协议书类型”中选择样式：只有类型为“具体型”时，下方的领域和交流次数才会写入正文。两种类型都会使用这些条款。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65"/>
        <source>Two originals are printed, one kept by each city. In each city&apos;s own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
        <translation>将打印两份正本，两市各执一份。在每座城市自己的正本中，该市名称列在前面，其语言位于左栏，其市长先签字（即“轮换制”）。普通双语副本供阅读和分享，不用于签署。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../sistercity_desktop/app.py" line="131"/>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. Details were written to {log}.</source>
        <translation>出错了，上一个操作可能未完成。此前保存的所有内容均安全无虞。详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="158"/>
        <source>Sister City Desktop is already open with this data folder. Switch to its window (or close it) and try again.</source>
        <translation>Sister City Desktop 已在使用此数据文件夹运行。请切换到该窗口（或将其关闭）后重试。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="199"/>
        <source>Your data file is damaged and cannot be opened safely.

{reason}

The damaged file will not be changed or deleted.</source>
        <translation>您的数据文件已损坏，无法安全打开。

{reason}

损坏的文件不会被修改或删除。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="208"/>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="210"/>
        <source>Start fresh (keep the damaged file aside)</source>
        <translation>重新开始（另行保留损坏的文件）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="213"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="356"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="373"/>
        <source>Restored. What was there before is kept as:
{path}</source>
        <translation>已恢复。恢复前的内容已保存为：
{path}</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="35"/>
        <source>before-restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="48"/>
        <source>A backup was saved as:
{0}</source>
        <translation>备份已保存为：
{0}</translation>
    </message>
</context>
<context>
    <name>ceremony</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="55"/>
        <source>Master of ceremonies</source>
        <translation>司仪</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="56"/>
        <source>Host signatory</source>
        <translation>主方签字人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57"/>
        <source>Guest signatory</source>
        <translation>客方签字人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58"/>
        <source>Host council chair</source>
        <translation>主方议会议长</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59"/>
        <source>Guest council chair</source>
        <translation>客方议会议长</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60"/>
        <source>Diplomatic guest</source>
        <translation>外交嘉宾</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61"/>
        <source>Protocol officer</source>
        <translation>礼宾官员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62"/>
        <source>Signing assistant</source>
        <translation>签字助理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63"/>
        <source>Host interpreter</source>
        <translation>主方翻译</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64"/>
        <source>Guest interpreter</source>
        <translation>客方翻译</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65"/>
        <source>Performers</source>
        <translation>表演者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66"/>
        <source>Press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="69"/>
        <source>Announces each item of the programme; usually provided by the host.</source>
        <translation>宣布节目单上的每个环节；通常由主方安排。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71"/>
        <source>Seats people, passes the documents and arranges the photo.</source>
        <translation>引导就座、传递文本并安排合影。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73"/>
        <source>Stands behind the signatories and turns the pages to sign.</source>
        <translation>站在签字人身后，翻页以便签字。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75"/>
        <source>Sits beside or just behind the host signatory.</source>
        <translation>坐在主方签字人旁边或稍后方。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77"/>
        <source>Sits beside or just behind the guest signatory.</source>
        <translation>坐在客方签字人旁边或稍后方。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79"/>
        <source>E.g. a consul or ambassador who offers congratulations.</source>
        <translation>例如致贺词的领事或大使。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="82"/>
        <source>Guests&apos; &amp;programme…</source>
        <translation>来宾节目单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="83"/>
        <source>&amp;Run-of-show…</source>
        <translation>流程表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84"/>
        <source>Seating plan (P&amp;DF)…</source>
        <translation>座次图（PDF）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="150"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="151"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
</context>
<context>
    <name>correspondence_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="66"/>
        <source>Sent or received</source>
        <translation>发出或收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="67"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="68"/>
        <source>Our people</source>
        <translation>我方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="69"/>
        <source>Their people</source>
        <translation>对方人员</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="70"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="71"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="89"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="92"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="94"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="103"/>
        <source>%n file</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="104"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="109"/>
        <source>No contact recorded yet</source>
        <translation>尚无联系记录</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="111"/>
        <source>Last contact today</source>
        <translation>最近联系：今天</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113"/>
        <source>Last contact yesterday</source>
        <translation>最近联系：昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114"/>
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>最近联系：%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="36"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="37"/>
        <source>Partner city</source>
        <translation>对方城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="38"/>
        <source>What needs doing</source>
        <translation>待办内容</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="39"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="40"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="45"/>
        <source>Partner not chosen yet</source>
        <translation>尚未选定对方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="46"/>
        <source>Signing ceremony</source>
        <translation>签字仪式</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="47"/>
        <source>Evaluation due</source>
        <translation>评估到期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="48"/>
        <source>Partnership at risk</source>
        <translation>结好关系面临风险</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="69"/>
        <source>⚠ Overdue</source>
        <translation>⚠ 已逾期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="70"/>
        <source>⚠ Now</source>
        <translation>⚠ 现在</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="72"/>
        <source>Coming up</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="73"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="79"/>
        <source>Work plan: {0}</source>
        <translation>工作计划：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="89"/>
        <source>{0} (today)</source>
        <translation>{0}（今天）</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="91"/>
        <source>{0} (%n day late)</source>
        <translation>
            <numerusform>{0}（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="93"/>
        <source>{0} (%n days late)</source>
        <translation>
            <numerusform>{0}（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="96"/>
        <source>{0} (in %n day)</source>
        <translation>
            <numerusform>{0}（%n 天后）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="97"/>
        <source>{0} (in %n days)</source>
        <translation>
            <numerusform>{0}（%n 天后）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="102"/>
        <source>Step {0} · {1}</source>
        <translation>第 {0} 步 · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/dashboard.py" line="60"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未联系</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="38"/>
        <source>Letter of introduction</source>
        <translation>介绍信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="39"/>
        <source>Invitation for a delegation visit</source>
        <translation>代表团访问邀请函</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="40"/>
        <source>Letter to the national sister cities body</source>
        <translation>致全国姊妹城市机构的信函</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72"/>
        <source>Structure</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74"/>
        <source>Communications</source>
        <translation>沟通交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77"/>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="78"/>
        <source>Outcomes</source>
        <translation>成效</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79"/>
        <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
        <translation>是否有一个分工明确、成员充足且有预算的委员会来支撑这段结好关系？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81"/>
        <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
        <translation>双方人员是否相互认识，并在正式访问之外保持联系？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83"/>
        <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
        <translation>公众是否了解这段结好关系？两市是否互通消息？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="85"/>
        <source>Are meetings held, records kept and money accounted for?</source>
        <translation>是否定期开会、保存记录并清楚记账？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86"/>
        <source>How many exchanges took place, in how many fields, and who took part?</source>
        <translation>开展了多少次交流、涉及多少领域、有哪些人参与？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="88"/>
        <source>Did the work plan happen as planned, on time?</source>
        <translation>工作计划是否按计划如期实施？</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="89"/>
        <source>What changed for the two communities because of the partnership?</source>
        <translation>这段结好关系给两地社区带来了哪些变化？</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="73"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="76"/>
        <source>{months} and {days}</source>
        <translation>{months} {days}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="85"/>
        <source>the {low}–{high} month window after signing that the guide recommends ({start} to {end})</source>
        <translation>指南建议的签署后 {low}–{high} 个月时段（{start} 至 {end}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="89"/>
        <source>{day} is {gap} before {window}.</source>
        <translation>{day} 早于{window}，相差 {gap}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="92"/>
        <source>{day} is {gap} after {window}.</source>
        <translation>{day} 晚于{window}，相差 {gap}。</translation>
    </message>
</context>
<context>
    <name>evaluation_facts</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97"/>
        <source>Exchanges held against planned</source>
        <translation>已开展与计划交流次数对比</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98"/>
        <source>Time since last contact</source>
        <translation>距上次联系的时间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99"/>
        <source>Participants in the last year</source>
        <translation>过去一年的参与人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100"/>
        <source>Sectors involved</source>
        <translation>涉及的领域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101"/>
        <source>Overdue work plan items</source>
        <translation>已逾期的工作计划项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/evaluation.py" line="92"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="94"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="102"/>
        <source>no contact yet</source>
        <translation>尚无联系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="96"/>
        <source>{held} of {planned}</source>
        <translation>{held}/{planned}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="101"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="103"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>evaluation_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="54"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="55"/>
        <source>Watch</source>
        <translation>需关注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="56"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="57"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61"/>
        <source>1 – poor</source>
        <translation>1 – 差</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62"/>
        <source>2 – weak</source>
        <translation>2 – 较差</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63"/>
        <source>3 – fair</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="64"/>
        <source>4 – good</source>
        <translation>4 – 好</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="65"/>
        <source>5 – very good</source>
        <translation>5 – 很好</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="135"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="141"/>
        <source>overall {0} of 5</source>
        <translation>总体 {0}/5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="145"/>
        <source>no summary</source>
        <translation>无摘要</translation>
    </message>
</context>
<context>
    <name>gantt_view</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="31"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="32"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="33"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="34"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>gifts</name>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="330"/>
        <source>Avoid white flowers, which are associated with funerals.</source>
        <translation>避免送白色的花，白花与葬礼相关联。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="331"/>
        <source>Avoid sets of 4 or 9: 4 (shi) sounds like &apos;death&apos; and 9 (ku) like &apos;suffering&apos;.</source>
        <translation>避免以 4 件或 9 件为一组：4（shi）与“死”同音，9（ku）与“苦”同音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="333"/>
        <source>Wrap without white or black paper (funeral colours); red-and-white or gold-and-silver ties suit celebrations.</source>
        <translation>包装不要用白色或黑色的纸（丧葬用色）；红白或金银色的礼绳适合喜庆场合。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="335"/>
        <source>Present and receive gifts with both hands; gifts are usually not opened in front of the giver.</source>
        <translation>用双手赠送和接受礼品；通常不会当着送礼人的面拆开礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="337"/>
        <source>Knives and scissors can suggest cutting ties (unconfirmed).</source>
        <translation>刀和剪刀可能寓意断绝关系（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="340"/>
        <source>Avoid clocks: &apos;giving a clock&apos; (song zhong) sounds like attending a death.</source>
        <translation>避免送钟：“送钟”（sòng zhōng）与“送终”谐音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="342"/>
        <source>Avoid sets of 4: 4 (si) sounds like &apos;death&apos;.</source>
        <translation>避免以 4 件为一组：“四”（sì）与“死”谐音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="343"/>
        <source>Avoid umbrellas (san sounds like &apos;separate&apos;) and sharp objects such as knives or scissors (cutting ties).</source>
        <translation>避免送伞（“伞”与“散”谐音）以及刀、剪刀等利器（寓意一刀两断）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="345"/>
        <source>Wrap without white or black, funeral colours; red and gold are festive.</source>
        <translation>包装避免使用白色或黑色（丧葬用色）；红色和金色寓意喜庆。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="347"/>
        <source>Avoid green hats, which imply an unfaithful spouse.</source>
        <translation>避免送绿色的帽子，“戴绿帽子”暗指配偶不忠。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="348"/>
        <source>Officials work under strict rules on accepting gifts; prefer modest, symbolic items of your city.</source>
        <translation>官员收受礼品受严格规定约束；宜选择能代表本市、价值不高的象征性物品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="350"/>
        <source>A gift may be politely declined once or twice before it is accepted (unconfirmed).</source>
        <translation>对方可能会先客气地推辞一两次，然后才接受礼品（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="354"/>
        <source>Avoid clocks: &apos;giving a clock&apos; sounds like attending a death.</source>
        <translation>避免送钟：“送钟”与“送终”谐音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="355"/>
        <source>Avoid sets of 4: 4 sounds like &apos;death&apos;.</source>
        <translation>避免以 4 件为一组：“四”与“死”谐音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="356"/>
        <source>Avoid umbrellas (separation) and sharp objects (cutting ties).</source>
        <translation>避免送伞（寓意分离）和利器（寓意断绝关系）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="357"/>
        <source>Wrap without white or black, funeral colours.</source>
        <translation>包装避免使用白色或黑色（丧葬用色）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="358"/>
        <source>Handkerchiefs are associated with funerals and farewells (unconfirmed).</source>
        <translation>手帕会让人联想到丧事和离别（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="362"/>
        <source>Avoid sets of 4: 4 (sa) sounds like &apos;death&apos;.</source>
        <translation>避免以 4 件为一组：4（sa）与“死”同音。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="363"/>
        <source>Never write a person&apos;s name in red ink, which is used for the dead.</source>
        <translation>切勿用红色墨水书写他人姓名，红字是用来写逝者姓名的。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="364"/>
        <source>Present and receive gifts with both hands.</source>
        <translation>用双手赠送和接受礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="365"/>
        <source>Public officials are bound by the anti-graft law (Improper Solicitation and Graft Act), which caps gift values; keep gifts modest and symbolic (exact limits for official exchanges unconfirmed).</source>
        <translation>公职人员受反腐法律（《禁止不正当请托和收受财物法》）约束，该法规定了礼品价值上限；礼品应价值不高、以象征意义为主（公务交流的具体限额未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="370"/>
        <source>Avoid leather goods, above all cowhide, which offends many Hindus.</source>
        <translation>避免赠送皮革制品，尤其是牛皮制品，这会冒犯许多印度教徒。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="371"/>
        <source>Avoid alcohol unless you know the recipient drinks; many abstain for religious reasons.</source>
        <translation>除非确知对方饮酒，否则避免送酒；许多人因宗教原因不饮酒。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="373"/>
        <source>Give and receive with the right hand or both hands, never the left alone.</source>
        <translation>用右手或双手递送和接受，切勿只用左手。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="375"/>
        <source>Bright wrapping (red, yellow, green) is auspicious; avoid black and white (unconfirmed).</source>
        <translation>鲜艳的包装（红、黄、绿）寓意吉祥；避免黑色和白色（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="379"/>
        <source>No alcohol or pork products, including in food hampers; both are banned at customs.</source>
        <translation>不得赠送酒类或猪肉制品，食品礼篮中也不可含有；两者均为海关禁止入境物品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="381"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="388"/>
        <source>Give and receive with the right hand.</source>
        <translation>用右手递送和接受。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="382"/>
        <source>Avoid images of dogs, and religious symbols of other faiths (unconfirmed).</source>
        <translation>避免带有狗的图案以及其他宗教的标志（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="386"/>
        <source>Avoid alcohol and pork products unless you know the recipient welcomes them.</source>
        <translation>除非确知对方乐于接受，否则避免赠送酒类和猪肉制品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="389"/>
        <source>Avoid images of dogs (unconfirmed).</source>
        <translation>避免带有狗的图案（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="392"/>
        <source>Give an odd number of flowers; even numbers are for funerals.</source>
        <translation>送花要送单数；双数用于葬礼。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="393"/>
        <source>Yellow flowers can signify separation (unconfirmed).</source>
        <translation>黄色的花可能象征分离（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="394"/>
        <source>Knives and other sharp objects are said to bring quarrels; the receiver may &apos;pay&apos; with a coin (unconfirmed).</source>
        <translation>据说刀具等利器会招致争吵；收礼人可以用一枚硬币“付钱”（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="396"/>
        <source>Do not hand a gift across a threshold (unconfirmed).</source>
        <translation>不要隔着门槛递送礼品（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="399"/>
        <source>Chrysanthemums, lilies and white calla lilies are associated with funerals (lilies unconfirmed).</source>
        <translation>菊花、百合和白色马蹄莲与葬礼相关联（百合一项未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="401"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="409"/>
        <source>Red roses signal romance; avoid them for officials.</source>
        <translation>红玫瑰象征爱情；不要送给官员。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="402"/>
        <source>Officials need permission to accept gifts; expect gifts to be registered or handed to the city.</source>
        <translation>官员须经批准才能接受礼品；礼品可能需要登记或上交市政府。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="404"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="411"/>
        <source>Bouquets traditionally have an odd number of stems, but not 13 (unconfirmed).</source>
        <translation>花束传统上为单数枝，但不用 13 枝（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="408"/>
        <source>Avoid chrysanthemums, the flowers of graves (All Saints&apos; Day).</source>
        <translation>避免送菊花，菊花是扫墓用花（诸圣节）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="410"/>
        <source>Carnations and yellow flowers can be read badly (unconfirmed).</source>
        <translation>康乃馨和黄色的花可能被理解为不好的寓意（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="415"/>
        <source>Avoid chrysanthemums, which are funeral flowers.</source>
        <translation>避免送菊花，菊花是葬礼用花。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="416"/>
        <source>17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a gift rule).</source>
        <translation>不吉利的数字是 17 而不是 13；避免以 17 件为一组（作为送礼规矩未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="418"/>
        <source>Knives or scissors suggest cutting a relationship (unconfirmed).</source>
        <translation>刀或剪刀寓意断绝关系（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="419"/>
        <source>Purple wrapping is associated with bad luck or mourning (unconfirmed).</source>
        <translation>紫色包装让人联想到厄运或哀悼（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="423"/>
        <source>Yellow marigolds (cempasuchil) belong to the Day of the Dead and funerals.</source>
        <translation>黄色万寿菊（cempasuchil）用于亡灵节和葬礼。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="425"/>
        <source>Red flowers can carry negative meanings (unconfirmed).</source>
        <translation>红色的花可能带有负面寓意（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="426"/>
        <source>Knives suggest cutting the relationship (unconfirmed).</source>
        <translation>刀具寓意断绝关系（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="429"/>
        <source>Purple and black are associated with mourning; avoid them in flowers and wrapping (unconfirmed).</source>
        <translation>紫色和黑色与哀悼相关联；花束和包装中应避免使用（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="431"/>
        <source>Knives or scissors suggest cutting ties (unconfirmed).</source>
        <translation>刀或剪刀寓意断绝关系（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="432"/>
        <source>Handkerchiefs are associated with tears (unconfirmed).</source>
        <translation>手帕会让人联想到眼泪（未经证实）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="435"/>
        <source>Gifts to officials often become city property and must be reported; record every gift given and received.</source>
        <translation>赠予官员的礼品通常归市政府所有，且须申报；请记录每件赠出和收到的礼品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="437"/>
        <source>Remove price tags and receipts; avoid items that display their price.</source>
        <translation>去掉价签和收据；避免选择标有价格的物品。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="438"/>
        <source>Mind customs rules: food, plants, seeds, soil, meat and dairy are restricted in many countries; check both sides&apos; import rules before packing.</source>
        <translation>注意海关规定：许多国家限制食品、植物、种子、土壤、肉类和乳制品入境；打包前请核实双方的进口规定。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="441"/>
        <source>Prefer symbolic items of your city (crafts, books, local art) of modest value; never cash or gift cards.</source>
        <translation>宜选择能代表本市、价值不高的象征性物品（手工艺品、书籍、本地艺术品）；切勿赠送现金或礼品卡。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="443"/>
        <source>Agree with the partner&apos;s protocol office on who presents what, so gifts match in kind and value.</source>
        <translation>与对方的礼宾部门商定由谁赠送何种礼品，使双方礼品在类型和价值上相称。</translation>
    </message>
</context>
<context>
    <name>inquiries</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54"/>
        <source>A city abroad</source>
        <translation>国外城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="55"/>
        <source>A local resident</source>
        <translation>本地居民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57"/>
        <source>from a city abroad</source>
        <translation>来自国外城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58"/>
        <source>from a local resident</source>
        <translation>来自本地居民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59"/>
        <source>City abroad</source>
        <translation>国外城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60"/>
        <source>Local resident</source>
        <translation>本地居民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61"/>
        <source>Meets the policy</source>
        <translation>符合政策</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62"/>
        <source>Does not meet</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="63"/>
        <source>Answers missing</source>
        <translation>缺少回答</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="68"/>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="72"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74"/>
        <source>No policy yet</source>
        <translation>尚无政策</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="100"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>“{0}”不是有效日期。请按 YYYY-MM-DD 格式输入，例如 2026-03-14。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="104"/>
        <source>The date received cannot be in the future.</source>
        <translation>收到日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="43"/>
        <source>Mayor&apos;s office</source>
        <translation>市长办公室</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="44"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="45"/>
        <source>Council</source>
        <translation>议会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="49"/>
        <source>Our side</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="50"/>
        <source>Partner side</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="53"/>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="54"/>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="57"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="58"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="59"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="60"/>
        <source>Video call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="61"/>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="62"/>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="65"/>
        <source>Sister city</source>
        <translation>姊妹城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="66"/>
        <source>Friendship city</source>
        <translation>友好城市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="70"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="73"/>
        <source>Ceremonial</source>
        <translation>礼仪型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="74"/>
        <source>Precise</source>
        <translation>具体型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="77"/>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="78"/>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="81"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="28"/>
        <source>high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="29"/>
        <source>language school</source>
        <translation>语言学校</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="30"/>
        <source>research institute</source>
        <translation>研究所</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="31"/>
        <source>music venue</source>
        <translation>音乐场所</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="32"/>
        <source>community centre</source>
        <translation>社区中心</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="40"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="41"/>
        <source>Geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="42"/>
        <source>Industries</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="43"/>
        <source>Academic institutions</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="44"/>
        <source>Cultural institutions</source>
        <translation>文化机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="45"/>
        <source>Preexisting relationships</source>
        <translation>已有关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="46"/>
        <source>Historical or ancestral ties</source>
        <translation>历史或祖籍渊源</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="48"/>
        <source>Under consideration</source>
        <translation>考虑中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="49"/>
        <source>Chosen</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="50"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="52"/>
        <source>Mayoral</source>
        <translation>市长层面</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="53"/>
        <source>Trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="54"/>
        <source>Diaspora</source>
        <translation>侨民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="55"/>
        <source>Faith-based</source>
        <translation>宗教团体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="56"/>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="57"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="59"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="60"/>
        <source>Time difference</source>
        <translation>时差</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="61"/>
        <source>Shared office hours</source>
        <translation>共同办公时间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="62"/>
        <source>Hemisphere</source>
        <translation>半球</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="63"/>
        <source>Likely document language</source>
        <translation>可能使用的文件语言</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="65"/>
        <source>mayoral</source>
        <translation>市长层面</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="66"/>
        <source>trade</source>
        <translation>贸易</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="67"/>
        <source>diaspora</source>
        <translation>侨民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="68"/>
        <source>faith-based</source>
        <translation>宗教团体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="69"/>
        <source>personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="70"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="72"/>
        <source>port</source>
        <translation>港口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="73"/>
        <source>coast</source>
        <translation>海岸</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="74"/>
        <source>river</source>
        <translation>河流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="75"/>
        <source>lake</source>
        <translation>湖泊</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="76"/>
        <source>mountains</source>
        <translation>山脉</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="77"/>
        <source>desert</source>
        <translation>沙漠</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="78"/>
        <source>island</source>
        <translation>岛屿</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="79"/>
        <source>plains</source>
        <translation>平原</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="80"/>
        <source>forest</source>
        <translation>森林</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="81"/>
        <source>valley</source>
        <translation>山谷</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="83"/>
        <source>tropical</source>
        <translation>热带</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="84"/>
        <source>arid</source>
        <translation>干旱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="85"/>
        <source>mediterranean</source>
        <translation>地中海型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="86"/>
        <source>temperate</source>
        <translation>温带</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="87"/>
        <source>oceanic</source>
        <translation>海洋性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="88"/>
        <source>continental</source>
        <translation>大陆性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="89"/>
        <source>subarctic</source>
        <translation>亚寒带</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="90"/>
        <source>highland</source>
        <translation>高原</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="92"/>
        <source>university</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="93"/>
        <source>college</source>
        <translation>学院</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="94"/>
        <source>museum</source>
        <translation>博物馆</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="95"/>
        <source>theatre</source>
        <translation>剧院</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="96"/>
        <source>library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="97"/>
        <source>festival</source>
        <translation>节庆活动</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="98"/>
        <source>sports</source>
        <translation>体育</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>weak</source>
        <translation>较弱</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="110"/>
        <source>strong</source>
        <translation>较强</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="282"/>
        <source>{what} not known for either city</source>
        <translation>两市的{what}均未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="284"/>
        <source>{what} not known for your city</source>
        <translation>本市的{what}未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="285"/>
        <source>{what} not known for this city</source>
        <translation>该市的{what}未知</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="294"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="300"/>
        <source>same size</source>
        <translation>规模相同</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="302"/>
        <source>about the same size</source>
        <translation>规模相近</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="304"/>
        <source>{ratio}×</source>
        <translation>{ratio}×</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="305"/>
        <source>population {ours} vs {theirs} ({size})</source>
        <translation>人口 {ours} 对 {theirs}（{size}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="320"/>
        <source>geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="332"/>
        <source>{climate} climate</source>
        <translation>{climate}气候</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="334"/>
        <source>shared: {what} ({matches} of %n features)</source>
        <translation>
            <numerusform>共同特征：{what}（%n 项中有 {matches} 项相同）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="337"/>
        <source>no shared features (%n in all)</source>
        <translation>
            <numerusform>无共同特征（共 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="344"/>
        <source>industries</source>
        <translation>产业</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="349"/>
        <source>shared: {what} ({matches} of %n industries)</source>
        <translation>
            <numerusform>共同产业：{what}（%n 个产业中有 {matches} 个相同）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="352"/>
        <source>no shared industries (%n in all)</source>
        <translation>
            <numerusform>无共同产业（共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="358"/>
        <source>no {noun} recorded for your city</source>
        <translation>本市未记录{noun}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="361"/>
        <source>no {noun} recorded for this city</source>
        <translation>该市未记录{noun}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="365"/>
        <source>{matched} of %n of your institution kinds have a counterpart: {what}</source>
        <translation>
            <numerusform>本市的 %n 类机构中有 {matched} 类在该市有对应机构：{what}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="369"/>
        <source>none of your %n institution kinds has a counterpart</source>
        <translation>
            <numerusform>本市的 %n 类机构在该市均无对应机构</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="377"/>
        <source>no ties recorded</source>
        <translation>未记录任何关系</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="380"/>
        <source>{kind} ({strength})</source>
        <translation>{kind}（{strength}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="386"/>
        <source>ties: {what}</source>
        <translation>关系：{what}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="392"/>
        <source>no historical or ancestral ties recorded</source>
        <translation>未记录历史或祖籍渊源</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="396"/>
        <source>{strength} historical or ancestral ties ({value} of {most})</source>
        <translation>历史或祖籍渊源{strength}（{value}/{most}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="416"/>
        <source>academic institutions</source>
        <translation>学术机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="418"/>
        <source>cultural institutions</source>
        <translation>文化机构</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="43"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="45"/>
        <source>not known (no coordinates)</source>
        <translation>未知（无坐标）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="48"/>
        <source>{low} to {high} over the year</source>
        <translation>全年在 {low} 至 {high} 之间</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="50"/>
        <source>{now} now ({spread})</source>
        <translation>目前 {now}（{spread}）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="53"/>
        <source>{hours} h when both city halls are open (9:00–17:00)</source>
        <translation>两市市政厅同时办公 {hours} h（9:00–17:00）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="55"/>
        <source>none: city hall hours do not overlap</source>
        <translation>无：两市市政厅的办公时间不重叠</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="58"/>
        <source>Northern</source>
        <translation>北半球</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="59"/>
        <source>Southern</source>
        <translation>南半球</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="62"/>
        <source>{hemisphere}, seasons opposite to ours</source>
        <translation>{hemisphere}，季节与本市相反</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="64"/>
        <source>{hemisphere}, same seasons as ours</source>
        <translation>{hemisphere}，季节与本市相同</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="67"/>
        <source>{language} ({code})</source>
        <translation>{language}（{code}）</translation>
    </message>
</context>
<context>
    <name>seating</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="26"/>
        <source>Signing table</source>
        <translation>签字桌</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="27"/>
        <source>Flag</source>
        <translation>国旗</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="28"/>
        <source>Host signatory</source>
        <translation>主方签字人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="29"/>
        <source>Guest signatory</source>
        <translation>客方签字人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="30"/>
        <source>Host original</source>
        <translation>主方正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="31"/>
        <source>Guest original</source>
        <translation>客方正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="32"/>
        <source>Host interpreter</source>
        <translation>主方翻译</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="33"/>
        <source>Guest interpreter</source>
        <translation>客方翻译</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="34"/>
        <source>Master of ceremonies</source>
        <translation>司仪</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="35"/>
        <source>Audience and press</source>
        <translation>观众和媒体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="39"/>
        <source>Flag: {0}</source>
        <translation>国旗：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="40"/>
        <source>Host signatory: {0}</source>
        <translation>主方签字人：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="41"/>
        <source>Guest signatory: {0}</source>
        <translation>客方签字人：{0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="42"/>
        <source>Original of {0}</source>
        <translation>{0} 的正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="43"/>
        <source>Interpreter for {0}</source>
        <translation>{0} 的翻译</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="40"/>
        <source>not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="41"/>
        <source>woman</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="42"/>
        <source>man</source>
        <translation>男</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../sistercity_desktop/ui/worker.py" line="33"/>
        <source>Something went wrong: {0}</source>
        <translation>出错了：{0}</translation>
    </message>
</context>
<context>
    <name>workplan_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60"/>
        <source>Youth pen pals</source>
        <translation>青少年笔友</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61"/>
        <source>Student exchange</source>
        <translation>学生交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62"/>
        <source>Municipal best practice</source>
        <translation>市政最佳实践</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63"/>
        <source>Delegation visit</source>
        <translation>代表团访问</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64"/>
        <source>Cultural</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68"/>
        <source>Short term (within a year)</source>
        <translation>短期（一年以内）</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69"/>
        <source>Long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71"/>
        <source>short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72"/>
        <source>long term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76"/>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82"/>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140"/>
        <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>{0}：“{1}”不是有效日期。请按 YYYY-MM-DD 格式输入，例如 2026-03-14。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154"/>
        <source>{0} must be a whole number, like 12.</source>
        <translation>{0} 必须是整数，例如 12。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157"/>
        <source>{0} must be an amount, like 1500 or 1500.50.</source>
        <translation>{0} 必须是金额，例如 1500 或 1500.50。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164"/>
        <source>Overdue · {0}</source>
        <translation>已逾期 · {0}</translation>
    </message>
</context>
</TS>
