<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96"/>
        <source>Agreement</source>
        <translation>協定書</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114"/>
        <source>Areas of cooperation</source>
        <translation>協力分野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116"/>
        <source>Tick what the two cities mean to work on together.</source>
        <translation>両市が共に取り組む分野にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122"/>
        <source>Area of cooperation: {0}</source>
        <translation>協力分野: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128"/>
        <source>Areas of your own (written as you type them, in every language):</source>
        <translation>独自の分野(入力したとおりに、すべての言語で記載されます):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131"/>
        <source>New area of cooperation</source>
        <translation>新しい協力分野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132"/>
        <source>e.g. Music education for children</source>
        <translation>例: 子ども向けの音楽教育</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135"/>
        <source>Add a&amp;rea</source>
        <translation>分野を追加(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141"/>
        <source>Areas of your own</source>
        <translation>独自の分野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143"/>
        <source>Remo&amp;ve area</source>
        <translation>分野を削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152"/>
        <source>Exchanges a year</source>
        <translation>年間の交流回数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153"/>
        <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
        <translation>協定書で約束する年間の訪問・交流の回数です。0 にすると回数は記載されません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156"/>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160"/>
        <source>Place of signing</source>
        <translation>署名場所</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161"/>
        <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
        <translation>協定書に署名する場所(例: グリーンベール市役所)。空欄の場合は、調印式の会場または当市が使われます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163"/>
        <source>e.g. Greenvale City Hall</source>
        <translation>例: グリーンベール市役所</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166"/>
        <source>E&amp;xchanges a year:</source>
        <translation>年間の交流回数(&amp;X):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167"/>
        <source>Place of si&amp;gning:</source>
        <translation>署名場所(&amp;G):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171"/>
        <source>Standard clauses</source>
        <translation>標準条項</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177"/>
        <source>Clause: {0}</source>
        <translation>条項: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184"/>
        <source>Print the agreement</source>
        <translation>協定書の印刷</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191"/>
        <source>Pa&amp;per:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193"/>
        <source>Preview the two &amp;originals…</source>
        <translation>2 通の正本をプレビュー(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195"/>
        <source>Preview a plain bilingual &amp;copy…</source>
        <translation>二言語の参考用写しをプレビュー(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257"/>
        <source>Type the name of the area first, then choose “Add area”.</source>
        <translation>先に分野の名前を入力してから「分野を追加」を選んでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267"/>
        <source>Select one of your own areas in the list first.</source>
        <translation>先に一覧から独自の分野を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270"/>
        <source>Remove area</source>
        <translation>分野の削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271"/>
        <source>Remove “{0}” from the agreement?</source>
        <translation>「{0}」を協定書から削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="303"/>
        <source>Preparing the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="45"/>
        <source>{0} ({1}) · {2}</source>
        <translation>{0}({1})· {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="48"/>
        <source>Why ({0}): {1}</source>
        <translation>理由({0}): {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="50"/>
        <source>Why: {0}</source>
        <translation>理由: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="53"/>
        <source>What the map and the calendar say</source>
        <translation>地図とカレンダーから分かること</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="56"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="64"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="132"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="60"/>
        <source>Similarity with your city, point by point</source>
        <translation>当市との類似度(項目別)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="63"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="72"/>
        <source>Data points</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85"/>
        <source>Preexisting relationships</source>
        <translation>既存の関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="87"/>
        <source>Relationships with this city</source>
        <translation>この都市との関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="90"/>
        <source>{0} · strength {1}</source>
        <translation>{0} · 強さ {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="97"/>
        <source>Kind of relationship</source>
        <translation>関係の種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100"/>
        <source>Strength (1 slight, 3 strong)</source>
        <translation>強さ(1 わずか、3 強い)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="102"/>
        <source>About this relationship</source>
        <translation>この関係について</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103"/>
        <source>e.g. our Rotary club has hosted their students</source>
        <translation>例: 当市のロータリークラブが先方の学生を受け入れたことがある</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105"/>
        <source>Add &amp;relationship</source>
        <translation>関係を追加(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="107"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="115"/>
        <source>History, sources and notes</source>
        <translation>歴史、出典、メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="118"/>
        <source>Strength of historical ties (0 none, 3 strong)</source>
        <translation>歴史的なつながりの強さ(0 なし、3 強い)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123"/>
        <source>Historical ties (0–3):</source>
        <translation>歴史的なつながり(0–3):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124"/>
        <source>Historical or ancestral connections</source>
        <translation>歴史的・祖先的なつながり</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125"/>
        <source>Other relationships</source>
        <translation>その他の関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="126"/>
        <source>Sources (where the facts come from)</source>
        <translation>出典(情報の出どころ)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="127"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137"/>
        <source>&amp;Choose this city…</source>
        <translation>この都市に決定(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139"/>
        <source>&amp;Decline…</source>
        <translation>見送る(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141"/>
        <source>Back to considering</source>
        <translation>検討中に戻す</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="143"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="200"/>
        <source>Remove candidate</source>
        <translation>候補都市を削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="170"/>
        <source>Select a relationship in the list first.</source>
        <translation>先に一覧から関係を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176"/>
        <source>Why is this the partner for your city? Future committees will read this.</source>
        <translation>この都市を当市のパートナーに選ぶ理由は何ですか? 今後の委員会がこの記録を読みます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178"/>
        <source>Why not this city? Future committees will read this.</source>
        <translation>この都市を見送る理由は何ですか? 今後の委員会がこの記録を読みます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="179"/>
        <source>Why reopen this candidate? (optional)</source>
        <translation>この候補都市を再検討する理由は何ですか?(任意)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="180"/>
        <source>Record the reason</source>
        <translation>理由を記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="201"/>
        <source>Remove {0} and everything noted about it?</source>
        <translation>{0} とその記録内容をすべて削除しますか?</translation>
    </message>
</context>
<context>
    <name>CeremonyPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174"/>
        <source>Ceremony planner</source>
        <translation>調印式プランナー</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184"/>
        <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
        <translation>当日の流れを順に計画します: 開始時刻、式次第、役割分担、記念品、座席。入力内容はすべて自動的に保存され、下部の 3 つの文書はここから作成されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="224"/>
        <source>When, and who hosts</source>
        <translation>日時と主催</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="226"/>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="227"/>
        <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
        <translation>調印式が始まる現地時刻(HH:MM、24 時間表記)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="229"/>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM(例: 14:00)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="239"/>
        <source>Start t&amp;ime:</source>
        <translation>開始時刻(&amp;I):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="243"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="258"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="244"/>
        <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city&apos;s name to find it.</source>
        <translation>調印式の開催地(例: Asia/Tokyo)。都市名の一部を入力すると検索できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="257"/>
        <source>e.g. Asia/Tokyo</source>
        <translation>例: Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="261"/>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266"/>
        <source>Our city hosts ({0})</source>
        <translation>当市が主催({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267"/>
        <source>Our city hosts the ceremony</source>
        <translation>当市が調印式を主催</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="269"/>
        <source>The partner city hosts ({0})</source>
        <translation>相手都市が主催({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="270"/>
        <source>partner</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="271"/>
        <source>The partner city hosts the ceremony</source>
        <translation>相手都市が調印式を主催</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281"/>
        <source>Host:</source>
        <translation>主催:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="283"/>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="356"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="387"/>
        <source>Order of events</source>
        <translation>式次第</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="359"/>
        <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
        <translation>実際に使われている式次第から始めて調整してください。セルに入力すると、項目名、所要時間(分)、参加者、運営者向けメモを変更できます。変更はすぐに保存されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="363"/>
        <source>Ready-made order of events</source>
        <translation>式次第のひな形</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="366"/>
        <source>Read&amp;y-made order:</source>
        <translation>式次第のひな形(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="368"/>
        <source>Use this &amp;order of events</source>
        <translation>この式次第を使用(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Title in {0}</source>
        <translation>{0}での項目名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386"/>
        <source>Note for the organisers</source>
        <translation>運営者向けメモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="404"/>
        <source>Add &amp;event</source>
        <translation>項目を追加(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="405"/>
        <source>Remo&amp;ve event</source>
        <translation>項目を削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="406"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407"/>
        <source>&amp;Move down</source>
        <translation>下へ移動(&amp;M)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="426"/>
        <source>Use this order of events</source>
        <translation>この式次第を使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427"/>
        <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
        <translation>
            <numerusform>すでに計画済みの %n 件の項目を「{0}」の式次第で置き換えますか? 項目への変更は失われます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="494"/>
        <source>Set the ceremony date above to see clock times.</source>
        <translation>時刻を表示するには、上で調印式の日付を設定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="498"/>
        <source>{0} (the “Ceremony date” above).</source>
        <translation>{0}(上の「調印式の日付」)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="500"/>
        <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
        <translation>{0}(上の「調印式の日付」)。時刻を表示するには、開始時刻とタイムゾーンを入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="504"/>
        <source>No events yet: choose a ready-made order above, or add events one by one.</source>
        <translation>まだ項目がありません。上で式次第のひな形を選ぶか、項目を 1 つずつ追加してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="508"/>
        <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
        <translation>
            <numerusform>%n 件の項目、計 {0}: {1} から {2} まで({3})。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="513"/>
        <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
        <translation>
            <numerusform>%n 件の項目、計 {0}。時刻を表示するには、上で調印式の日付を設定してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517"/>
        <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
        <translation>
            <numerusform>%n 件の項目、計 {0}。開始時刻とタイムゾーンを設定すると時刻が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="563"/>
        <source>Select an event in the order of events first.</source>
        <translation>先に式次第から項目を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="581"/>
        <source>Remove event</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="582"/>
        <source>Remove “{0}” from the order of events?</source>
        <translation>「{0}」を式次第から削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="598"/>
        <source>Who does what</source>
        <translation>役割分担</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="601"/>
        <source>Write the name of each person taking part. Names appear on the guests&apos; programme and the run-of-show; leave a role empty if nobody fills it.</source>
        <translation>参加する各人の名前を入力してください。名前は来賓用プログラムと進行表に載ります。担当者がいない役割は空欄のままにしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="632"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="635"/>
        <source>{0}:</source>
        <comment>a field&apos;s label</comment>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="652"/>
        <source>Gifts</source>
        <translation>記念品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655"/>
        <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
        <translation>公職者への贈り物は市の財産となり報告が必要な場合が多いため、贈呈・受領したすべての記念品を記録してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="657"/>
        <source>Gifts given and received</source>
        <translation>贈呈・受領した記念品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="661"/>
        <source>Given or received</source>
        <translation>贈呈/受領</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="662"/>
        <source>We give</source>
        <translation>贈呈</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="663"/>
        <source>We receive</source>
        <translation>受領</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="664"/>
        <source>Gift</source>
        <translation>記念品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="666"/>
        <source>The gift, e.g. a framed print of the old mill</source>
        <translation>記念品(例: 旧水車小屋の額入り版画)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="667"/>
        <source>Given to or received from</source>
        <translation>贈呈先または受領元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="668"/>
        <source>To or from whom</source>
        <translation>贈呈先/受領元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="671"/>
        <source>Add &amp;gift</source>
        <translation>記念品を追加(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="673"/>
        <source>Remove gif&amp;t</source>
        <translation>記念品を削除(&amp;T)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="682"/>
        <source>the partner&apos;s country</source>
        <translation>相手国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="683"/>
        <source>Before choosing gifts for {0}:</source>
        <translation>{0}への記念品を選ぶ前に:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685"/>
        <source>Gift cautions</source>
        <translation>記念品の注意点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="695"/>
        <source>We give: {0} (to {1})</source>
        <translation>贈呈: {0}({1} へ)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696"/>
        <source>We give: {0}</source>
        <translation>贈呈: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="698"/>
        <source>We receive: {0} (from {1})</source>
        <translation>受領: {0}({1} から)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="699"/>
        <source>We receive: {0}</source>
        <translation>受領: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="704"/>
        <source>No gifts recorded yet.</source>
        <translation>まだ記念品が記録されていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722"/>
        <source>Select a gift in the list first.</source>
        <translation>先に一覧から記念品を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="724"/>
        <source>Remove gift</source>
        <translation>記念品の削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="725"/>
        <source>Remove “{0}”?</source>
        <translation>「{0}」を削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="733"/>
        <source>Flag and seating plan</source>
        <translation>国旗と座席表</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="736"/>
        <source>Seen from the audience. The place of honour is at the host&apos;s right, so the guest signatory sits on the audience&apos;s left. Each city&apos;s flag stands behind its own signatory, both flags the same size, and each city&apos;s original lies in front of its own signatory.</source>
        <translation>客席から見た配置です。上座は主催者の右側のため、来賓側の署名者は客席から見て左に座ります。各市の旗はそれぞれの署名者の後ろに同じ大きさで立て、各市の正本はそれぞれの署名者の前に置きます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760"/>
        <source>Print for the day</source>
        <translation>当日用の印刷物</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="763"/>
        <source>The guests&apos; programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
        <translation>来賓用プログラムは両言語で印刷されます。進行表は運営者用で、各項目の時刻、参加者、行うことを記載します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="766"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="768"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="769"/>
        <source>Paper:</source>
        <translation>用紙:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792"/>
        <source>Preparing the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36"/>
        <source>Region or state</source>
        <translation>地域・州</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37"/>
        <source>Highest elected official</source>
        <translation>首長</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="38"/>
        <source>Official&apos;s title</source>
        <translation>首長の肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40"/>
        <source>Local sister city organisation</source>
        <translation>地元の姉妹都市団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="41"/>
        <source>Languages spoken</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43"/>
        <source>Geography (port, river, mountains, climate…)</source>
        <translation>地理(港、川、山、気候…)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="44"/>
        <source>Main industries</source>
        <translation>主要産業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="46"/>
        <source>Schools, colleges and universities</source>
        <translation>学校・大学</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="48"/>
        <source>Museums, music venues, community centres</source>
        <translation>博物館、音楽施設、公民館</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="56"/>
        <source>Committee and city</source>
        <translation>委員会と市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="62"/>
        <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
        <translation>相手都市は書簡や調査の比較で当市について知ります。変更は各欄を離れるときに保存されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee &amp;name:</source>
        <translation>委員会名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee name</source>
        <translation>委員会名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85"/>
        <source>Committee &amp;language:</source>
        <translation>委員会の言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="86"/>
        <source>Committee language</source>
        <translation>委員会の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee &amp;email:</source>
        <translation>委員会のメール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee email</source>
        <translation>委員会のメール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>&amp;Population:</source>
        <translation>人口(&amp;P):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100"/>
        <source>not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>man</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102"/>
        <source>Official&apos;s gender</source>
        <translation>首長の性別</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="103"/>
        <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
        <translation>書簡で正しい敬称を使うために使用します(Maire、Bürgermeisterin など)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="107"/>
        <source>Official&apos;s &amp;gender:</source>
        <translation>首長の性別(&amp;G):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="114"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="27"/>
        <source>Add contact</source>
        <translation>連絡先の追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>&amp;Side</source>
        <translation>側(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>&amp;Name</source>
        <translation>氏名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>&amp;Title</source>
        <translation>肩書き(&amp;T)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>Title</source>
        <translation>肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>所属団体(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation>所属団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="365"/>
        <source>Correspondence</source>
        <translation>交信記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="371"/>
        <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
        <translation>書簡、メール、電話、訪問とその添付ファイルをすべて記録しておけば、委員会の誰でも前任者の続きから引き継げます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380"/>
        <source>Show channel</source>
        <translation>表示する手段</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="381"/>
        <source>All channels</source>
        <translation>すべての手段</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="384"/>
        <source>Show sent or received</source>
        <translation>送信/受信の表示</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="385"/>
        <source>Sent and received</source>
        <translation>送信と受信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="388"/>
        <source>Search the correspondence</source>
        <translation>交信記録を検索</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="389"/>
        <source>Finds words in the summary and in the people&apos;s names</source>
        <translation>要約と人名から語句を検索します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="390"/>
        <source>Search summaries and names…</source>
        <translation>要約と名前を検索…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="392"/>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="404"/>
        <source>Correspondence timeline</source>
        <translation>交信記録のタイムライン</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="405"/>
        <source>Newest first. Double-click an exchange to edit it.</source>
        <translation>新しい順。やり取りをダブルクリックすると編集できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="275"/>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="432"/>
        <source>Files attached to the selected exchange:</source>
        <translation>選択したやり取りの添付ファイル:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="434"/>
        <source>Files attached to the selected exchange</source>
        <translation>選択したやり取りの添付ファイル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="435"/>
        <source>Double-click a file to open it</source>
        <translation>ファイルをダブルクリックすると開きます</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="447"/>
        <source>&amp;Add exchange…</source>
        <translation>やり取りを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="449"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="453"/>
        <source>Attach &amp;file…</source>
        <translation>ファイルを添付(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="455"/>
        <source>&amp;Open attachment</source>
        <translation>添付ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="464"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="747"/>
        <source>Remove attachment</source>
        <translation>添付ファイルを削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459"/>
        <source>Add exchange</source>
        <translation>やり取りの追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="460"/>
        <source>Edit exchange</source>
        <translation>やり取りの編集</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="461"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="666"/>
        <source>Delete exchange</source>
        <translation>やり取りの削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="462"/>
        <source>Attach file</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="463"/>
        <source>Open attachment</source>
        <translation>添付ファイルを開く</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="311"/>
        <source>%n attached: {0}</source>
        <translation>
            <numerusform>%n 件添付: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="300"/>
        <source>No exchange matches these filters.</source>
        <translation>この条件に一致するやり取りはありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="302"/>
        <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
        <translation>まだやり取りが記録されていません。最初の書簡、メール、電話は「やり取りを追加…」で記録してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="511"/>
        <source>{0} exchange(s) match</source>
        <translation>
            <numerusform>{0} 件が該当</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="513"/>
        <source>{0} exchange(s)</source>
        <translation>
            <numerusform>{0} 件のやり取り</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="515"/>
        <source>{0}; the newest {1} are shown, scroll down for more</source>
        <translation>{0}(最新の {1} 件を表示中。続きを見るには下にスクロールしてください)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="581"/>
        <source>Select an exchange to see its attached files.</source>
        <translation>やり取りを選択すると添付ファイルが表示されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="584"/>
        <source>Files attached to the exchange of {0}:</source>
        <translation>{0} のやり取りの添付ファイル:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="587"/>
        <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
        <translation>{0} のやり取りには添付ファイルがありません。スキャン、写真、文書を追加するには「ファイルを添付…」を使用してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="609"/>
        <source>Select an exchange in the table first.</source>
        <translation>先に表からやり取りを選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="658"/>
        <source>Delete the exchange of {0}?

“{1}”</source>
        <translation>{0} のやり取りを削除しますか?

「{1}」</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="661"/>
        <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>添付ファイル %n 件は、添付ファイルフォルダー内の「deleted」フォルダーに移動されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="664"/>
        <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>添付ファイル %n 件は、添付ファイルフォルダー内の「deleted」フォルダーに移動されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="693"/>
        <source>Attach a file to the exchange of {0}</source>
        <translation>{0} のやり取りにファイルを添付</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="710"/>
        <source>The copy of {0} is missing from the attachments folder ({1}).</source>
        <translation>{0} のコピーが添付ファイルフォルダーにありません({1})。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="715"/>
        <source>No program on this computer opens {0}.</source>
        <translation>このコンピューターには {0} を開けるプログラムがありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="727"/>
        <source>This exchange has no attached files. Use “Attach file…” first.</source>
        <translation>このやり取りには添付ファイルがありません。先に「ファイルを添付…」を使用してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="744"/>
        <source>Select a file in the list of attached files first.</source>
        <translation>先に添付ファイルの一覧からファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="748"/>
        <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
        <translation>{0} をこのやり取りから削除しますか?

コピーは添付ファイルフォルダー内の「deleted」フォルダーに移動されます。元のファイルには影響しません。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="118"/>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="126"/>
        <source>What is due</source>
        <translation>期限のある作業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="120"/>
        <source>Everything that needs the committee&apos;s attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
        <translation>すべての提携で委員会の対応が必要な事項です。最も急ぐものが先頭に表示され、「期限超過」または「今すぐ」と表示されます。行をダブルクリックするか、選択して「開く」を押すと、対応するステップに移動します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="127"/>
        <source>Most urgent first. Press Enter to open the step.</source>
        <translation>緊急度の高い順。Enter キーでステップを開きます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="148"/>
        <source>Nothing is due. Well done.</source>
        <translation>期限のある作業はありません。お疲れさまでした。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="153"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="154"/>
        <source>Open the step for the selected line</source>
        <translation>選択した行のステップを開く</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="189"/>
        <source>%n needs attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n 件は今すぐ対応が必要、ほかに {0} 件の作業があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="191"/>
        <source>%n need attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n 件は今すぐ対応が必要、ほかに {0} 件の作業があります。</numerusform>
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
        <translation>気候</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="158"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="161"/>
        <source>Industries</source>
        <translation>産業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="162"/>
        <source>Main industries, separated by commas</source>
        <translation>主要産業(カンマ区切り)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="163"/>
        <source>e.g. wine, tourism, software</source>
        <translation>例: ワイン、観光、ソフトウェア</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="164"/>
        <source>Academic institutions</source>
        <translation>教育機関</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="165"/>
        <source>Academic institutions by name</source>
        <translation>教育機関の名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="166"/>
        <source>Cultural institutions</source>
        <translation>文化施設</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="167"/>
        <source>Cultural institutions by name</source>
        <translation>文化施設の名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="168"/>
        <source>Population:</source>
        <translation>人口:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="169"/>
        <source>Geography:</source>
        <translation>地理:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="170"/>
        <source>Climate:</source>
        <translation>気候:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="171"/>
        <source>Industries:</source>
        <translation>産業:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="172"/>
        <source>Schools and universities:</source>
        <translation>学校・大学:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="173"/>
        <location filename="../sistercity_desktop/ui/data_points.py" line="175"/>
        <source>… by name:</source>
        <translation>… 名称:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="174"/>
        <source>Culture:</source>
        <translation>文化:</translation>
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
        <translation>カレンダーから日付を選択</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation>日付を選択</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="140"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>「{0}」は日付ではありません。YYYY-MM-DD の形式で入力してください(例: 2026-03-14)。</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation:</source>
        <translation>敬辞:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation</source>
        <translation>敬辞</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening:</source>
        <translation>書き出し:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs:</source>
        <translation>本文:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing:</source>
        <translation>結び:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing</source>
        <translation>結び</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="85"/>
        <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app&apos;s text.</source>
        <translation>段落は空行で区切ってください。変更は保持されます。「提案された文面を使用」でアプリの文面に戻せます。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Edit exchange</source>
        <translation>やり取りの編集</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Add exchange</source>
        <translation>やり取りの追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130"/>
        <source>When the letter, email, call or visit happened</source>
        <translation>書簡、メール、電話、訪問の日付</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="136"/>
        <source>Sent or received</source>
        <translation>送信/受信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="139"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="142"/>
        <source>Our people</source>
        <translation>当市側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143"/>
        <source>Who took part on our side</source>
        <translation>当市側で参加した人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144"/>
        <source>Their people</source>
        <translation>相手側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145"/>
        <source>Who took part on the partner city&apos;s side</source>
        <translation>相手都市側で参加した人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="150"/>
        <source>What was said or agreed, in a sentence or two</source>
        <translation>話し合った内容や合意事項を 1、2 文で</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="159"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="160"/>
        <source>S&amp;ent or received:</source>
        <translation>送信/受信(&amp;E):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="161"/>
        <source>&amp;Channel:</source>
        <translation>手段(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="162"/>
        <source>&amp;Our people:</source>
        <translation>当市側の参加者(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="163"/>
        <source>&amp;Their people:</source>
        <translation>相手側の参加者(&amp;T):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="164"/>
        <source>&amp;Summary:</source>
        <translation>要約(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sistercity_desktop/files.py" line="37"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} に書き込めません: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="39"/>
        <source>Agreements are written in {languages}; &apos;{language}&apos; is not one of them.</source>
        <translation>協定書は {languages} で作成されます。「{language}」はそのいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="73"/>
        <source>The area</source>
        <translation>協力分野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="80"/>
        <source>Unknown area of cooperation &apos;{area}&apos;.</source>
        <translation>「{area}」という協力分野はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="90"/>
        <source>Unknown clause &apos;{clause}&apos;.</source>
        <translation>「{clause}」という条項はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="97"/>
        <source>The number of exchanges a year must be between 1 and 100.</source>
        <translation>年間の交流回数は 1~100 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="106"/>
        <source>The place of signing</source>
        <translation>署名場所</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="197"/>
        <source>Choose the two originals or a plain bilingual copy.</source>
        <translation>2 通の正本か、二言語の参考用写しのどちらかを選んでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="202"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="286"/>
        <source>Choose the partner city first (step 2).</source>
        <translation>先に相手都市を決めてください(ステップ 2)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="207"/>
        <source>Agreements are written in {languages}; change the document language &apos;{language}&apos; first.</source>
        <translation>協定書は {languages} で作成されます。先に文書の言語「{language}」を変更してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="117"/>
        <source>The host is either our city or the partner city.</source>
        <translation>主催は当市か相手都市のどちらかです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="133"/>
        <source>Unknown preset &apos;{key}&apos;; choose one of {choices}.</source>
        <translation>「{key}」という式次第のひな形はありません。次のいずれかを選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="151"/>
        <source>An event lasts from 1 to 600 minutes.</source>
        <translation>項目の所要時間は 1~600 分の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="153"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="219"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="42"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="98"/>
        <source>The title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="156"/>
        <source>The partner&apos;s title</source>
        <translation>相手側の言語での項目名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="158"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="160"/>
        <source>The cue</source>
        <translation>運営者向けメモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="181"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="191"/>
        <source>That event no longer exists.</source>
        <translation>その項目はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="208"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>「{role}」という役割はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="210"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="28"/>
        <source>Side must be one of {choices}.</source>
        <translation>側は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="218"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="40"/>
        <source>The name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="227"/>
        <source>A gift is given or received.</source>
        <translation>記念品は「贈呈」か「受領」のどちらかです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="231"/>
        <source>The gift</source>
        <translation>記念品</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="234"/>
        <source>The recipient</source>
        <translation>贈呈先/受領元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="236"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="372"/>
        <location filename="../sistercity_desktop/services/research.py" line="241"/>
        <source>The note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="261"/>
        <source>Set the ceremony&apos;s date, start time and time zone first.</source>
        <translation>先に調印式の日付、開始時刻、タイムゾーンを設定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="75"/>
        <source>Add the order of events first (choose a preset).</source>
        <translation>先に式次第を用意してください(ひな形を選んでください)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="201"/>
        <source>Unknown ceremony document &apos;{kind}&apos;.</source>
        <translation>「{kind}」という調印式の文書はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="54"/>
        <source>Set up your committee first (or run `sistercity demo`).</source>
        <translation>先に委員会の設定を行ってください(または `sistercity demo` を実行してください)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="79"/>
        <location filename="../sistercity_desktop/services/committee.py" line="157"/>
        <source>The committee&apos;s name</source>
        <translation>委員会名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="81"/>
        <source>Your city&apos;s name</source>
        <translation>当市の名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="85"/>
        <location filename="../sistercity_desktop/services/committee.py" line="180"/>
        <source>Choose your city&apos;s country.</source>
        <translation>当市の国を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="87"/>
        <location filename="../sistercity_desktop/services/committee.py" line="192"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="320"/>
        <location filename="../sistercity_desktop/services/research.py" line="212"/>
        <source>The population must be between 0 and 100 million.</source>
        <translation>人口は 0~1 億の範囲で入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="90"/>
        <source>This data folder already has a committee.</source>
        <translation>このデータフォルダーにはすでに委員会が登録されています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="97"/>
        <source>The official&apos;s name</source>
        <translation>首長の氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="100"/>
        <source>The official&apos;s title</source>
        <translation>首長の肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="103"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="43"/>
        <source>The organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="108"/>
        <location filename="../sistercity_desktop/services/committee.py" line="160"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="33"/>
        <source>The email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="121"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="265"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="324"/>
        <source>Choose one of: {choices}.</source>
        <translation>次のいずれかを選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="128"/>
        <location filename="../sistercity_desktop/services/committee.py" line="196"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="252"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="276"/>
        <location filename="../sistercity_desktop/services/research.py" line="183"/>
        <location filename="../sistercity_desktop/services/research.py" line="189"/>
        <source>Unknown field &apos;{key}&apos;.</source>
        <translation>「{key}」という項目はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="162"/>
        <location filename="../sistercity_desktop/services/committee.py" line="170"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="35"/>
        <source>“{email}” does not look like an email address.</source>
        <translation>「{email}」はメールアドレスの形式ではないようです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="167"/>
        <source>The national body</source>
        <translation>全国団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="175"/>
        <source>The language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="189"/>
        <source>“{value}” is not a whole number.</source>
        <translation>「{value}」は整数ではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="31"/>
        <source>Role must be one of {choices}.</source>
        <translation>役割は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="46"/>
        <source>The phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="81"/>
        <source>Direction must be one of {choices}.</source>
        <translation>送信/受信は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="84"/>
        <source>Channel must be one of {choices}.</source>
        <translation>手段は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="87"/>
        <source>An exchange cannot be dated in the future; plan it in the work plan.</source>
        <translation>やり取りに未来の日付は指定できません。今後の予定は活動計画に入れてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="91"/>
        <source>Our people</source>
        <translation>当市側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="93"/>
        <source>Their people</source>
        <translation>相手側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="95"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="148"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="113"/>
        <source>The summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="114"/>
        <location filename="../sistercity_desktop/services/correspondence.py" line="160"/>
        <source>That entry no longer exists.</source>
        <translation>その記録はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="138"/>
        <location filename="../sistercity_desktop/store/backup.py" line="122"/>
        <source>{path} is not a file.</source>
        <translation>{path} はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="141"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} は大きすぎるため添付できません({size} MB、上限 {limit} MB)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="154"/>
        <source>Cannot copy {name}: {reason}.</source>
        <translation>{name} をコピーできません: {reason}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/demo.py" line="32"/>
        <source>This data folder already has a committee; use an empty data folder for the demo (--data-dir).</source>
        <translation>このデータフォルダーにはすでに委員会が登録されています。デモには空のデータフォルダーを使ってください (--data-dir)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="53"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <translation>「{kind}」という種類の文書はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="74"/>
        <source>Give the partnership&apos;s id (at least its first 4 characters); `sistercity list --json` shows the ids.</source>
        <translation>提携の ID を指定してください(先頭の 4 文字以上)。ID は `sistercity list --json` で確認できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="79"/>
        <source>No partnership has an id starting with &apos;{text}&apos;.</source>
        <translation>ID が「{text}」で始まる提携はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/documents.py" line="82"/>
        <source>&apos;{text}&apos; matches %n partnership(s); give more of the id.</source>
        <translation>
            <numerusform>「{text}」に一致する提携が %n 件あります。ID をもっと長く指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="128"/>
        <source>Usage: sistercity document PARTNERSHIP_ID KIND --out DIR (see --list-kinds).</source>
        <translation>使い方: sistercity document PARTNERSHIP_ID KIND --out DIR (種類は --list-kinds で確認できます)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="132"/>
        <source>Unknown document kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>「{kind}」という種類の文書はありません。次のいずれかを選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="137"/>
        <source>Say where to write the document with --out DIR.</source>
        <translation>--out DIR で文書の書き出し先を指定してください。</translation>
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
        <translation>未来の日付で評価を記録することはできません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="128"/>
        <source>An adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="136"/>
        <source>The next evaluation must come after this one.</source>
        <translation>次回の評価日は今回の評価より後の日付にしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="69"/>
        <source>No evaluation has been recorded yet (step 7).</source>
        <translation>まだ評価が記録されていません(ステップ 7)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="95"/>
        <source>Unknown document &apos;{kind}&apos;.</source>
        <translation>「{kind}」という文書はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="132"/>
        <source>Nothing to put in a calendar yet: no ceremony, evaluation or dated work plan item.</source>
        <translation>カレンダーに入れる予定がまだありません: 調印式、評価、日付のある活動計画の項目がありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="50"/>
        <source>Your policy already has questions; edit them instead.</source>
        <translation>方針にはすでに質問があります。既存の質問を編集してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="58"/>
        <source>The question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="61"/>
        <source>A question&apos;s weight is from 1 to 5.</source>
        <translation>質問の重みは 1~5 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="99"/>
        <source>The source must be one of {choices}.</source>
        <translation>差出人の種別は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="103"/>
        <source>The country must be a two-letter code such as FR.</source>
        <translation>国は FR のような 2 文字のコードで指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="108"/>
        <source>The city</source>
        <translation>都市名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="111"/>
        <source>The contact</source>
        <translation>連絡先の氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="123"/>
        <source>That inquiry no longer exists.</source>
        <translation>その問い合わせはもう存在しません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="131"/>
        <source>That question is no longer in the policy.</source>
        <translation>その質問はもう方針にありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="146"/>
        <location filename="../sistercity_desktop/services/research.py" line="265"/>
        <source>The decision must be one of {choices}.</source>
        <translation>決定は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="85"/>
        <source>Unknown letter kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>「{kind}」という種類の書簡はありません。次のいずれかを選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="89"/>
        <source>Letters are written in {choices}; &apos;{language}&apos; is not one of them.</source>
        <translation>書簡は {choices} で作成されます。「{language}」はそのいずれでもありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="128"/>
        <source>Choose the partner city first (step 2): a letter needs a recipient.</source>
        <translation>先に相手都市を決めてください(ステップ 2)。書簡には宛先が必要です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="190"/>
        <source>A paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="192"/>
        <source>The address</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="194"/>
        <source>The subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="196"/>
        <source>The salutation</source>
        <translation>敬辞</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="197"/>
        <source>The opening</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="199"/>
        <source>The closing</source>
        <translation>結び</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="202"/>
        <source>The letter needs at least one paragraph.</source>
        <translation>書簡には少なくとも 1 つの段落が必要です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="267"/>
        <source>Layout must be one of {choices}.</source>
        <translation>レイアウトは次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="51"/>
        <source>The email texts are missing from resources/email.</source>
        <translation>メールの文面が resources/email にありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="106"/>
        <location filename="../sistercity_desktop/services/packets.py" line="169"/>
        <source>Unknown document &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>「{kind}」という文書はありません。次の中から選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="166"/>
        <source>Choose at least one document for the packet.</source>
        <translation>資料一式に入れる文書を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="251"/>
        <source>Set the national sister cities body&apos;s email address first (File › Preferences).</source>
        <translation>先に全国の姉妹都市団体のメールアドレスを設定してください（ファイル › 環境設定）。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="261"/>
        <source>Record the signing date first (step 6): this packet goes out after signing.</source>
        <translation>先に署名日を記録してください(ステップ 6)。この資料一式は調印後に送るものです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="125"/>
        <source>No partnership with id {pid}.</source>
        <translation>ID が {pid} の提携はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="180"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="181"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="182"/>
        <source>Geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="183"/>
        <source>Climate</source>
        <translation>気候</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="184"/>
        <source>Industries</source>
        <translation>産業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="185"/>
        <source>Academic institutions</source>
        <translation>教育・研究機関</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="186"/>
        <source>Cultural institutions</source>
        <translation>文化施設</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="187"/>
        <source>Academic kinds</source>
        <translation>教育・研究機関の種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="188"/>
        <source>Cultural kinds</source>
        <translation>文化施設の種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="189"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="190"/>
        <source>Official name</source>
        <translation>首長の氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="191"/>
        <source>Official title</source>
        <translation>首長の役職</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="192"/>
        <source>Local organisation</source>
        <translation>地元の団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="193"/>
        <source>Relationships</source>
        <translation>既存の関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="194"/>
        <source>History</source>
        <translation>歴史</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="195"/>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="196"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="209"/>
        <source>{label} cannot be empty.</source>
        <translation>{label}を入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="211"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}が長すぎます({length} 文字、上限 {limit} 文字)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="220"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="370"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="80"/>
        <source>Kind must be one of {choices}.</source>
        <translation>種類は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="223"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="357"/>
        <source>The step must be between 1 and {last}.</source>
        <translation>ステップは 1~{last} の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="225"/>
        <source>The partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="228"/>
        <source>Choose the partner city&apos;s country.</source>
        <translation>相手都市の国を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="261"/>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>「{value}」は日付ではありません。YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="309"/>
        <source>Unknown city field &apos;{key}&apos;.</source>
        <translation>「{key}」という都市の項目はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="317"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>「{value}」は整数ではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="329"/>
        <source>The country must be a two-letter ISO code such as JP.</source>
        <translation>国は JP のような 2 文字の ISO コードで指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="340"/>
        <source>Unknown checklist item &apos;{key}&apos;.</source>
        <translation>「{key}」というチェックリスト項目はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="360"/>
        <source>Steps are taken in order; finish the ones before it first.</source>
        <translation>ステップは順に進めます。先に前のステップを完了してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="88"/>
        <source>The limit must be between 1 and 500.</source>
        <translation>件数の上限は 1~500 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="125"/>
        <source>No city with GeoNames id {geonameid} in the gazetteer.</source>
        <translation>地名辞典に GeoNames ID {geonameid} の都市はありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="130"/>
        <location filename="../sistercity_desktop/services/research.py" line="149"/>
        <source>{city} is already a candidate.</source>
        <translation>{city} はすでに候補都市です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="140"/>
        <source>The city&apos;s name</source>
        <translation>都市名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="144"/>
        <source>Choose the candidate city&apos;s country.</source>
        <translation>候補都市の国を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="162"/>
        <source>That candidate no longer exists.</source>
        <translation>その候補都市はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="173"/>
        <source>The strength of the historical tie</source>
        <translation>歴史的なつながりの強さ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="175"/>
        <source>The strength of the historical tie is from 0 (none) to 3.</source>
        <translation>歴史的なつながりの強さは 0(なし)~3 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="202"/>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation>{label}: 「{value}」は整数ではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="210"/>
        <source>The population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="219"/>
        <source>Choose a climate from: {choices}.</source>
        <translation>気候は次の中から選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="225"/>
        <source>Unknown kind &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>「{kind}」という種類はありません。次の中から選んでください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="233"/>
        <source>The kind of tie must be one of {choices}.</source>
        <translation>関係の種類は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="236"/>
        <source>A tie&apos;s strength is 1 (slight), 2 (real) or 3 (strong).</source>
        <translation>関係の強さは 1(わずか)、2(明確)、3(強い)のいずれかです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="275"/>
        <source>{city} is already chosen; set it back to “considering” first.</source>
        <translation>{city} はすでに決定済みです。先に「検討中」に戻してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="372"/>
        <source>Your city&apos;s position is unknown, so distance cannot be used: pick your city from the gazetteer in the research step first.</source>
        <translation>当市の位置が不明なため、距離は使えません。先に調査のステップで地名辞典から当市を選んでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="392"/>
        <source>Enter your city&apos;s population first (File › Committee and city).</source>
        <translation>先に当市の人口を入力してください(ファイル › 委員会と市)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="162"/>
        <source>Not a valid data file: {where}: {problem}.</source>
        <translation>有効なデータファイルではありません: {where}: {problem}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="170"/>
        <source>more than {count} records</source>
        <translation>レコードが {count} 件を超えています</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="173"/>
        <source>expected an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="177"/>
        <source>unknown field {field}</source>
        <translation>不明なフィールド {field} があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="184"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>フィールド「{field}」がありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="192"/>
        <source>{value} is not a UUID</source>
        <translation>{value} は UUID ではありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="195"/>
        <source>duplicate id {id}</source>
        <translation>ID {id} が重複しています</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="202"/>
        <source>must not be empty (null)</source>
        <translation>空 (null) にはできません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="207"/>
        <source>expected true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="211"/>
        <source>expected a whole number</source>
        <translation>整数である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="215"/>
        <source>expected a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="217"/>
        <source>expected an ordinary number</source>
        <translation>通常の数値である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="221"/>
        <source>expected a date as text (YYYY-MM-DD)</source>
        <translation>テキスト形式の日付 (YYYY-MM-DD) である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="226"/>
        <source>{value} is not a valid date</source>
        <translation>{value} は有効な日付ではありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="230"/>
        <source>expected text</source>
        <translation>テキストである必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="233"/>
        <source>text with broken characters (lone surrogates)</source>
        <translation>テキストに壊れた文字(孤立したサロゲート)が含まれています</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="236"/>
        <source>text longer than {limit} characters</source>
        <translation>テキストが {limit} 文字を超えています</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="240"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} は {choices} のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="244"/>
        <source>unsupported value</source>
        <translation>サポートされていない値です</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="256"/>
        <source>must be between 1 and {last}</source>
        <translation>1~{last} の範囲である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="265"/>
        <location filename="../sistercity_desktop/services/transfer.py" line="317"/>
        <source>expected a list</source>
        <translation>リストである必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="272"/>
        <source>the same checklist item appears twice</source>
        <translation>同じチェックリスト項目が 2 回含まれています</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="277"/>
        <source>Not a valid data file: {name} is not a number this app stores.</source>
        <translation>有効なデータファイルではありません: {name} はこのアプリで保存できる数値ではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="287"/>
        <source>Not a valid data file: not JSON ({error}, line {line}).</source>
        <translation>有効なデータファイルではありません: JSON ではありません({error}、{line} 行目)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="291"/>
        <source>Not a valid data file: it is nested far too deeply.</source>
        <translation>有効なデータファイルではありません: 入れ子が深すぎます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="294"/>
        <source>Not a valid data file: it holds a number too long to read.</source>
        <translation>有効なデータファイルではありません: 長すぎて読み取れない数値が含まれています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="297"/>
        <source>Not a Sister City Desktop data file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>Sister City Desktop のデータファイルではありません(&quot;format&quot;: &quot;{format}&quot; がありません)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="301"/>
        <source>Not a valid data file: unknown field {field}.</source>
        <translation>有効なデータファイルではありません: 不明なフィールド {field} があります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="307"/>
        <source>Unsupported data file version {shown}; this app reads version {version}.</source>
        <translation>データファイルのバージョン {shown} には対応していません。このアプリが読み込めるのはバージョン {version} です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="339"/>
        <source>The data file conflicts with what is already stored ({error}); nothing was imported.</source>
        <translation>データファイルの内容が保存済みのデータと矛盾しています({error})。何もインポートされていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="370"/>
        <source>This data folder belongs to {ours}; the file is for another committee ({theirs}). Import it into an empty data folder.</source>
        <translation>このデータフォルダーは {ours} のものですが、このファイルは別の委員会({theirs})のものです。空のデータフォルダーにインポートしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="388"/>
        <source>{path} is too large for a data file ({size} bytes).</source>
        <translation>{path} はデータファイルとしては大きすぎます({size} バイト)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="393"/>
        <source>No such file: {path}.</source>
        <translation>ファイルが見つかりません: {path}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="396"/>
        <source>Not a valid data file: {path} is not UTF-8 text.</source>
        <translation>有効なデータファイルではありません: {path} は UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="399"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>{path} を読み込めません: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="58"/>
        <source>A goal is short-term (within a year) or long-term.</source>
        <translation>目標は短期(1 年以内)か長期のどちらかです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="61"/>
        <source>The goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="64"/>
        <source>The description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="83"/>
        <source>Term must be short or long.</source>
        <translation>期間は短期か長期のどちらかにしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="85"/>
        <source>Status must be one of {choices}.</source>
        <translation>状態は次のいずれかにしてください: {choices}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="88"/>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="90"/>
        <source>The budget must be a positive amount.</source>
        <translation>予算は 0 以上の金額で入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="92"/>
        <source>The number of participants must be between 0 and 1,000,000.</source>
        <translation>参加人数は 0~1,000,000 の範囲で入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="95"/>
        <source>That goal belongs to another partnership or was deleted.</source>
        <translation>その目標は別の提携のものか、削除されています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="101"/>
        <source>The owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="105"/>
        <source>The notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="123"/>
        <source>That work plan item no longer exists.</source>
        <translation>その活動計画の項目はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="88"/>
        <source>Cannot create {path}: {error}.</source>
        <translation>{path} を作成できません: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="94"/>
        <source>{path} already exists; choose another folder or remove it first.</source>
        <translation>{path} はすでに存在します。別のフォルダーを選ぶか、先にそれを削除してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="125"/>
        <source>Cannot write the packet in {path}: {error}. Nothing was left behind.</source>
        <translation>資料一式を {path} に書き込めません: {error}。作成途中のファイルは残っていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="70"/>
        <source>Could not copy the database to {path}: {error}.</source>
        <translation>データベースを {path} にコピーできませんでした: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="132"/>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} は読み込めるデータベースではありません({error})。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="135"/>
        <source>{name} is damaged ({details}).</source>
        <translation>{name} は破損しています({details})。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="137"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="139"/>
        <source>{name} is not a Sister City Desktop store.</source>
        <translation>{name} は Sister City Desktop のデータではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="94"/>
        <source>Cannot use the data folder {folder}: {error}.</source>
        <translation>データフォルダー {folder} を使用できません: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="102"/>
        <source>The data file {path} cannot be read: {reason} Nothing was changed; restore a backup (`sistercity restore`) or move the file aside.</source>
        <translation>データファイル {path} を読み込めません: {reason} 何も変更されていません。バックアップを復元する (`sistercity restore`) か、ファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="119"/>
        <location filename="../sistercity_desktop/store/db.py" line="163"/>
        <source>{path} is not a Sister City Desktop database (it is not an SQLite file).</source>
        <translation>{path} は Sister City Desktop のデータベースではありません(SQLite ファイルではありません)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="123"/>
        <source>{path} is an SQLite database, but not one of Sister City Desktop&apos;s.</source>
        <translation>{path} は SQLite データベースですが、Sister City Desktop のものではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="138"/>
        <source>{path} was written by a newer version of Sister City Desktop (schema {schema}); please update the app.</source>
        <translation>{path} は新しいバージョンの Sister City Desktop で作成されています(スキーマ {schema})。アプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="169"/>
        <source>the integrity check found damage ({details}).</source>
        <translation>整合性チェックで破損が見つかりました({details})。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="185"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="200"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>{path} を開けません: {error}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="229"/>
        <source>Cannot restore: {problem}</source>
        <translation>復元できません: {problem}</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="159"/>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="167"/>
        <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
        <translation>年に一度、相手都市と一緒に振り返りましょう: 活動計画で約束したこと、実際に行われたこと、変えるべきこと。アプリは把握している事実を集め、委員会が判断を加えます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="180"/>
        <source>What the app knows</source>
        <translation>アプリが把握している事実</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="182"/>
        <source>Partnership health</source>
        <translation>提携の健全性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="189"/>
        <source>Health:</source>
        <translation>健全性:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="201"/>
        <source>Record an evaluation</source>
        <translation>評価を記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="204"/>
        <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
        <translation>各項目を 1(不十分)から 5(非常に良い)で評価し、その根拠(数字、行事、人々の声)を記入してください。誰も判断できない項目は「未評価」のままにしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Part and question</source>
        <translation>項目と質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Rating</source>
        <translation>評価点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220"/>
        <source>{0} rating</source>
        <translation>{0}の評価点</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="221"/>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224"/>
        <source>{0} evidence</source>
        <translation>{0}の根拠</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="225"/>
        <source>What shows it?</source>
        <translation>根拠は何ですか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236"/>
        <source>Adjustments to the work plan</source>
        <translation>活動計画の調整</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="237"/>
        <source>One change per line; each line becomes a new item in the work plan</source>
        <translation>1 行に 1 つの変更。各行が活動計画の新しい項目になります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="240"/>
        <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
        <translation>1 行に 1 つの変更(例: 「電子サービス交流のタルトゥ側担当者を見つける」)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="243"/>
        <source>The committee&apos;s conclusion in a few sentences; it opens the evaluation report</source>
        <translation>委員会の結論を数文で。評価報告書の冒頭に載ります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398"/>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247"/>
        <source>The day the committee evaluated</source>
        <translation>委員会が評価を行った日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="399"/>
        <source>Next evaluation</source>
        <translation>次回の評価</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="249"/>
        <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
        <translation>提案: 今回の 1 年後。6~24 か月後を推奨します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="256"/>
        <source>Ad&amp;justments:</source>
        <translation>調整(&amp;J):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="259"/>
        <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
        <translation>各行が活動計画の新しい項目となり、変更のフォローアップが行われます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261"/>
        <source>&amp;Summary:</source>
        <translation>要約(&amp;S):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262"/>
        <source>&amp;Held on:</source>
        <translation>実施日(&amp;H):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="263"/>
        <source>Ne&amp;xt evaluation:</source>
        <translation>次回の評価(&amp;X):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="267"/>
        <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
        <translation>提案: 今回の評価の 1 年後。6~24 か月の範囲外の日付には理由が必要です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275"/>
        <source>&amp;Record evaluation</source>
        <translation>評価を記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="276"/>
        <source>Record evaluation</source>
        <translation>評価を記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="303"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305"/>
        <source>Past evaluations</source>
        <translation>過去の評価</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="306"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310"/>
        <source>Evaluation repor&amp;t…</source>
        <translation>評価報告書(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311"/>
        <source>Evaluation report</source>
        <translation>評価報告書</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="312"/>
        <source>Preview, print or save the latest evaluation as a PDF</source>
        <translation>最新の評価をプレビュー、印刷、または PDF として保存します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="326"/>
        <source>Score {0} of 100</source>
        <translation>スコア {0}/100</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="335"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="342"/>
        <source>Adjustments:</source>
        <translation>調整:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="346"/>
        <source>No evaluation recorded yet.</source>
        <translation>まだ評価が記録されていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="387"/>
        <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
        <translation>{0}: 記入した根拠に対して 1~5 の評価点を選ぶか、根拠を消去してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="401"/>
        <source>Say on which day the evaluation was held.</source>
        <translation>評価を実施した日を入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="404"/>
        <source>Rate at least one part or write a summary before recording.</source>
        <translation>記録する前に、少なくとも 1 つの項目を評価するか、要約を記入してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418"/>
        <source>Next evaluation date</source>
        <translation>次回の評価日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="419"/>
        <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
        <translation>{0}

この日付のままにしますか? 理由を入力してください(例: 議会選挙や訪問の予定):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="422"/>
        <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
        <translation>まだ記録されていません。次回の評価日を変更するか、理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="426"/>
        <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
        <translation>記録されませんでした: 6~24 か月の範囲外の日付には理由が必要です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="438"/>
        <source>Evaluation of {0} recorded.</source>
        <translation>{0} の評価を記録しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="440"/>
        <source>%n adjustment was added to the work plan as new items.</source>
        <translation>
            <numerusform>%n 件の調整を活動計画に新しい項目として追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="443"/>
        <source>%n adjustments were added to the work plan as new items.</source>
        <translation>
            <numerusform>%n 件の調整を活動計画に新しい項目として追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="455"/>
        <source>Preparing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="55"/>
        <source>Export a packet</source>
        <translation>資料一式のエクスポート</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="64"/>
        <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
        <translation>共有する {0} の文書を選んでください。各 PDF、全文書をまとめた PDF(しおり付き)、データ、短い README が作成されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="66"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="74"/>
        <source>Not ready yet for this partnership.</source>
        <translation>この提携ではまだ準備できていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="79"/>
        <source>Save in folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="80"/>
        <source>&amp;Choose folder…</source>
        <translation>フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One &amp;ZIP file</source>
        <translation>1 つの ZIP ファイル(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One ZIP file</source>
        <translation>1 つの ZIP ファイル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A &amp;folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="85"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="87"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="88"/>
        <source>Save in:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation>用紙:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="98"/>
        <source>Email draft</source>
        <translation>メールの下書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="101"/>
        <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
        <translation>エクスポート後、ファイルを添付した新規メッセージとしてメールソフトで開く下書きを作成します(オフラインで動作します。オンラインになってから送信してください)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="103"/>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="114"/>
        <source>Email language</source>
        <translation>メールの言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="119"/>
        <source>Make &amp;email draft</source>
        <translation>メールの下書きを作成(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="122"/>
        <source>Open as &amp;plain email (no attachments)</source>
        <translation>通常のメールとして開く(添付なし)(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="125"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="136"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="139"/>
        <source>&amp;Show in its folder</source>
        <translation>フォルダーに表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="142"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="154"/>
        <source>Save the packet in</source>
        <translation>資料一式の保存先</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="201"/>
        <source>Preparing the documents…</source>
        <translation>文書を作成しています…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="167"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="178"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="200"/>
        <source>Preparing: {0}</source>
        <translation>作成中: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="212"/>
        <source>Written: {0}</source>
        <translation>書き込み完了: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="240"/>
        <source>Large attachments</source>
        <translation>大きな添付ファイル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="241"/>
        <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
        <translation>添付ファイルが 10 MB を超えています。多くのメールサーバーはこれを受け付けません。それでも下書きを作成しますか?(または ZIP でエクスポートするか、文書を減らしてください。)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="253"/>
        <source>Email draft written: {0}</source>
        <translation>メールの下書きを作成しました: {0}</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="89"/>
        <source>Work plan timeline</source>
        <translation>活動計画のタイムライン</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="111"/>
        <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
        <translation>{1} から {2} までの {0} 項目、期限超過 {3} 件、日付なし {4} 件。上の表にも同じ項目が表示されています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="182"/>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="229"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="185"/>
        <source>pilot</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="189"/>
        <source>no dates</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="192"/>
        <source>{0} (pilot, overdue)</source>
        <translation>{0}(試行、期限超過)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="194"/>
        <source>{0} (pilot)</source>
        <translation>{0}(試行)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="196"/>
        <source>{0} (overdue)</source>
        <translation>{0}(期限超過)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="213"/>
        <source>Nothing planned yet: add a programme or exchange above.</source>
        <translation>まだ計画がありません。上でプログラムまたは交流を追加してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="226"/>
        <source>planned or in progress</source>
        <translation>計画中または進行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="227"/>
        <source>★ pilot</source>
        <translation>★ 試行</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="228"/>
        <source>done or cancelled</source>
        <translation>完了またはキャンセル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="241"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="289"/>
        <source>No dates (add a start or end date to place these on the timeline):</source>
        <translation>日付なし(タイムラインに配置するには開始日または終了日を追加してください):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="292"/>
        <source>{0} — no dates</source>
        <translation>{0} — 日付なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="295"/>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="104"/>
        <source>No contact recorded yet</source>
        <translation>まだ連絡の記録がありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="108"/>
        <source>Last contact less than a month ago</source>
        <translation>最終連絡: 1 か月以内</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="109"/>
        <source>Last contact %n month(s) ago</source>
        <translation>
            <numerusform>最終連絡: %n か月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="118"/>
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>%n か月間連絡なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="148"/>
        <source>{held} of %n planned exchange(s) held</source>
        <translation>
            <numerusform>計画した交流 %n 件のうち {held} 件を実施</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="156"/>
        <source>No exchanges due in the work plan so far</source>
        <translation>活動計画には、現時点までに実施予定の交流がありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="160"/>
        <source>Activity in %n sector(s)</source>
        <translation>
            <numerusform>%n 分野で活動</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="163"/>
        <source>No activity in any sector in the last 2 years</source>
        <translation>過去 2 年間、どの分野でも活動なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="165"/>
        <source>Activity in only %n sector(s)</source>
        <translation>
            <numerusform>活動は %n 分野のみ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="170"/>
        <source>%n participant(s) in the last year</source>
        <translation>
            <numerusform>過去 1 年の参加者 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="174"/>
        <source>No participants in the last year</source>
        <translation>過去 1 年の参加者なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="177"/>
        <source>Only %n participant(s) in the last year</source>
        <translation>
            <numerusform>過去 1 年の参加者は %n 人のみ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="183"/>
        <source>%n work plan item(s) overdue</source>
        <translation>
            <numerusform>期限超過の活動計画項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="187"/>
        <source>Evaluation overdue (due {day})</source>
        <translation>評価の期限超過(期限 {day})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="193"/>
        <source>Signed less than a month ago: still settling in</source>
        <translation>調印から 1 か月未満: まだ立ち上げの時期です</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="195"/>
        <source>Signed %n month(s) ago: still settling in</source>
        <translation>
            <numerusform>調印から %n か月: まだ立ち上げの時期です</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="217"/>
        <source>Agreement not signed yet</source>
        <translation>協定書はまだ署名されていません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="218"/>
        <source>Agreement to be signed on {day}</source>
        <translation>協定書の署名予定日: {day}</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="146"/>
        <source>Inquiries and policy</source>
        <translation>問い合わせと方針</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="180"/>
        <source>Your &amp;policy</source>
        <translation>方針(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="183"/>
        <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
        <translation>海外の都市からでも地元住民からでも、提携の申し入れごとに確認する質問をいくつか決めておきましょう。多くの申し入れに対応し、継続できる関係を選ぶのに役立ちます。申し入れは必須の質問すべてに「はい」が必要です。重み(1~5)は任意の質問がどの程度重視されるかを示します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Policy questions</source>
        <translation>方針の質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="189"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <source>&amp;Remove question</source>
        <translation>質問を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="583"/>
        <source>Remove question</source>
        <translation>質問を削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="200"/>
        <source>Remove the selected question from the policy</source>
        <translation>選択した質問を方針から削除します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use su&amp;ggested questions</source>
        <translation>推奨の質問を使用(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use suggested questions</source>
        <translation>推奨の質問を使用</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="204"/>
        <source>Start from seven common questions; you can remove or add questions afterwards</source>
        <translation>よくある 7 つの質問から始めます。後で質問を削除・追加できます</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="212"/>
        <source>Add a question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216"/>
        <source>e.g. The city has a direct train or flight to ours</source>
        <translation>例: 当市への直通列車または直行便がある</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217"/>
        <source>New question</source>
        <translation>新しい質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="218"/>
        <source>A question answered Yes or No per inquiry</source>
        <translation>問い合わせごとに「はい」か「いいえ」で答える質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="220"/>
        <source>New &amp;question:</source>
        <translation>新しい質問(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225"/>
        <source>Req&amp;uired</source>
        <translation>必須(&amp;U)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="227"/>
        <source>A required question must be answered Yes for the request to meet the policy</source>
        <translation>必須の質問は、申し入れが方針を満たすには「はい」である必要があります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="232"/>
        <source>How much an optional question counts, 1 to 5</source>
        <translation>任意の質問の重視度(1~5)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="235"/>
        <source>&amp;Weight:</source>
        <translation>重み(&amp;W):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>&amp;Add question</source>
        <translation>質問を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>Add question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="250"/>
        <source>I&amp;nquiries</source>
        <translation>問い合わせ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="259"/>
        <source>Inquiries</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an &amp;inquiry…</source>
        <translation>問い合わせを記録(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an inquiry</source>
        <translation>問い合わせの記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="269"/>
        <source>Note a request to partner from a city abroad or from local residents</source>
        <translation>海外の都市または地元住民からの提携の申し入れを記録します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <source>Remo&amp;ve inquiry</source>
        <translation>問い合わせを削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="616"/>
        <source>Remove inquiry</source>
        <translation>問い合わせの削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="273"/>
        <source>Remove the selected inquiry</source>
        <translation>選択した問い合わせを削除します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="283"/>
        <source>Select an inquiry above to answer your policy questions and record the committee&apos;s decision.</source>
        <translation>上で問い合わせを選択すると、方針の質問に答えて委員会の決定を記録できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="318"/>
        <source>Policy check</source>
        <translation>方針チェック</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="325"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="328"/>
        <source>Why the committee decided this (needed unless the decision is still pending)</source>
        <translation>委員会がこう決定した理由(決定が保留中の場合を除き必須)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331"/>
        <source>Reason for the decision</source>
        <translation>決定の理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332"/>
        <source>Record d&amp;ecision</source>
        <translation>決定を記録(&amp;E)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="333"/>
        <source>Record decision</source>
        <translation>決定を記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="335"/>
        <source>&amp;Decision:</source>
        <translation>決定(&amp;D):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="337"/>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="340"/>
        <source>Recorded decision</source>
        <translation>記録済みの決定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="376"/>
        <source>Weight counts only for optional questions</source>
        <translation>重みは任意の質問にのみ適用されます</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="417"/>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="420"/>
        <source>from {0}</source>
        <translation>差出人: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="421"/>
        <source>received {0}</source>
        <translation>受付日: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423"/>
        <source>contact: {0}</source>
        <translation>連絡先: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="425"/>
        <source>No summary was noted.</source>
        <translation>要約は記録されていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="446"/>
        <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
        <translation>方針にまだ質問がありません。左側で追加するか、推奨の質問を使用してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="451"/>
        <source>{0} (required)</source>
        <translation>{0}(必須)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="457"/>
        <source>Required question</source>
        <translation>必須の質問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="458"/>
        <source>Optional question, weight {0}</source>
        <translation>任意の質問、重み {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="479"/>
        <source>No policy questions yet, so there is nothing to weigh.</source>
        <translation>方針の質問がまだないため、評価する対象がありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="486"/>
        <source>Policy check:</source>
        <translation>方針チェック:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="487"/>
        <source>The policy is a guide; the committee decides.</source>
        <translation>方針は目安です。決定するのは委員会です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="500"/>
        <source>No decision recorded yet. Note: {0}</source>
        <translation>まだ決定が記録されていません。メモ: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501"/>
        <source>No decision recorded yet.</source>
        <translation>まだ決定が記録されていません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="503"/>
        <source>Recorded: {0} on {1}. Reason: {2}</source>
        <translation>記録: {0}({1})。理由: {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="506"/>
        <source>Recorded: {0}. Reason: {1}</source>
        <translation>記録: {0}。理由: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="584"/>
        <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
        <translation>「{0}」を方針から削除しますか? この質問への既存の回答は考慮されなくなります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="617"/>
        <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
        <translation>{1} に受け付けた {0} からの問い合わせを、回答と決定も含めて削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="637"/>
        <source>Select an inquiry first.</source>
        <translation>先に問い合わせを選択してください。</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="656"/>
        <source>Record an inquiry</source>
        <translation>問い合わせの記録</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="663"/>
        <source>The city abroad the request is about</source>
        <translation>申し入れの対象となる海外の都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669"/>
        <source>What they ask for and why</source>
        <translation>要望の内容と理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="671"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>&amp;From:</source>
        <translation>差出人(&amp;F):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>C&amp;ity:</source>
        <translation>都市(&amp;I):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Co&amp;ntact name:</source>
        <translation>連絡先の氏名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Contact name</source>
        <translation>連絡先の氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>S&amp;ummary:</source>
        <translation>要約(&amp;U):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>&amp;Received on (YYYY-MM-DD):</source>
        <translation>受付日(YYYY-MM-DD)(&amp;R):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>Received on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="699"/>
        <source>Choose the country from the list (type part of its name).</source>
        <translation>一覧から国を選択してください(名前の一部を入力できます)。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219"/>
        <source>Edit programme or exchange</source>
        <translation>プログラム・交流の編集</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220"/>
        <source>Add a programme or exchange</source>
        <translation>プログラム・交流の追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224"/>
        <source>What will happen, in a few words</source>
        <translation>何を行うかを簡潔に</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225"/>
        <source>e.g. Summer youth soccer exchange</source>
        <translation>例: 夏季青少年サッカー交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Term</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Short term is within a year</source>
        <translation>短期は 1 年以内です</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232"/>
        <source>This is the &amp;pilot programme</source>
        <translation>これは試行プログラムです(&amp;P)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233"/>
        <source>Pilot programme</source>
        <translation>試行プログラム</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234"/>
        <source>The first, small programme that tests the partnership</source>
        <translation>提携を試す最初の小規模なプログラム</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Who makes sure it happens</source>
        <translation>実施に責任を持つ人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>When it should be finished</source>
        <translation>完了予定日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242"/>
        <source>An amount in your currency; leave empty if unknown</source>
        <translation>自国通貨での金額。不明な場合は空欄</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243"/>
        <source>e.g. 2500</source>
        <translation>例: 2500</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245"/>
        <source>How many people take part</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246"/>
        <source>e.g. 12</source>
        <translation>例: 12</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>The work plan goal this serves</source>
        <translation>このプログラムが対応する活動計画の目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248"/>
        <source>No goal</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250"/>
        <source>{0} ({1})</source>
        <translation>{0}({1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273"/>
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279"/>
        <source>Te&amp;rm:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>St&amp;atus:</source>
        <translation>状態(&amp;A):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>&amp;Budget:</source>
        <translation>予算(&amp;B):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>Parti&amp;cipants:</source>
        <translation>参加者(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283"/>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309"/>
        <source>The budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310"/>
        <source>The number of participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="316"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="125"/>
        <source>Letters</source>
        <translation>書簡</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="130"/>
        <source>The letter is written in the partner&apos;s language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
        <translation>書簡は相手の言語で、その儀礼に沿って作成され、こちらの言語の参考訳が付きます。提案された文面を確認して調整し、プレビューして印刷してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="134"/>
        <source>Kind of letter</source>
        <translation>書簡の種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="138"/>
        <source>Letter language</source>
        <translation>書簡の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="139"/>
        <source>Courtesy copy language</source>
        <translation>参考訳の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="140"/>
        <source>No courtesy copy</source>
        <translation>参考訳なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="145"/>
        <source>Two letters</source>
        <translation>2 通の書簡</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="146"/>
        <source>Courtesy copy as a second letter</source>
        <translation>参考訳を別の書簡として作成</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="147"/>
        <source>Parallel columns</source>
        <translation>対訳の段組み</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="148"/>
        <source>Courtesy copy in a column</source>
        <translation>参考訳を段組みで併記</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="150"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="152"/>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="159"/>
        <source>&amp;Courtesy copy:</source>
        <translation>参考訳(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="160"/>
        <source>Layout:</source>
        <translation>レイアウト:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="161"/>
        <source>Paper:</source>
        <translation>用紙:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="165"/>
        <source>Letter wording by language</source>
        <translation>言語別の書簡の文面</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="171"/>
        <source>Use the proposed &amp;wording</source>
        <translation>提案された文面を使用(&amp;W)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="173"/>
        <source>&amp;Preview and print…</source>
        <translation>プレビューと印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="175"/>
        <source>Mark as &amp;sent today</source>
        <translation>本日送付済みにする(&amp;S)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="212"/>
        <source>{0} (edited)</source>
        <translation>{0}(編集済み)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="223"/>
        <source>Use the proposed wording</source>
        <translation>提案された文面を使用</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="224"/>
        <source>Replace your edits of this letter with the wording the app proposes?</source>
        <translation>この書簡の編集内容を、アプリが提案する文面に置き換えますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="238"/>
        <source>Preparing the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="267"/>
        <source>Recorded in the correspondence.</source>
        <translation>交信記録に記録しました。</translation>
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
        <translation>提携</translation>
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
        <translation>期限のある作業(&amp;D)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="116"/>
        <source>Everything due across your partnerships (Ctrl+D)</source>
        <translation>すべての提携で期限のある作業(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="122"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="210"/>
        <source>&amp;New partnership…</source>
        <translation>新しい提携(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="130"/>
        <source>Opening your data…</source>
        <translation>データを開いています…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="147"/>
        <source>Every change is saved as you make it.</source>
        <translation>変更はすべて自動的に保存されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export packet…</source>
        <translation>資料一式をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Committee and city…</source>
        <translation>委員会と市(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Inquiries and policy…</source>
        <translation>問い合わせと方針(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="249"/>
        <source>&amp;About Sister City Desktop</source>
        <translation>Sister City Desktop について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="270"/>
        <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
        <translation>まだ提携がありません。

「ファイル › 新しい提携」(Ctrl+N)から始めてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="307"/>
        <source>Partnership created.</source>
        <translation>提携を作成しました。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="336"/>
        <source>Export packet</source>
        <translation>資料一式のエクスポート</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="337"/>
        <source>Open a partnership first, then export its documents.</source>
        <translation>先に提携を開いてから、その文書をエクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="380"/>
        <source>Could not save window size: {0}</source>
        <translation>ウィンドウサイズを保存できませんでした: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="161"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="162"/>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
</context>
<context>
    <name>NewPartnershipWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="33"/>
        <source>New partnership</source>
        <translation>新しい提携</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="37"/>
        <source>Who is the partner?</source>
        <translation>相手都市はどこですか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="38"/>
        <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
        <translation>まだ都市を決めていない場合は、まず調査から始めて候補都市を比較してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="41"/>
        <source>We have not chosen a partner city yet</source>
        <translation>相手都市はまだ決まっていません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="42"/>
        <source>Partner not chosen yet</source>
        <translation>相手都市は未定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="43"/>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="44"/>
        <source>Partner country</source>
        <translation>相手国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="45"/>
        <source>Kind of partnership</source>
        <translation>提携の種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="46"/>
        <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
        <translation>姉妹都市は期限のない本格的な提携です。友好都市はより緩やかな関係で、最初の段階となることがよくあります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="51"/>
        <source>Partner &amp;city:</source>
        <translation>相手都市(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="52"/>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="53"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="54"/>
        <source>Starting step</source>
        <translation>開始ステップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="55"/>
        <source>For a partnership already under way, start at the step it has reached.</source>
        <translation>すでに進行中の提携の場合は、到達しているステップから始めてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="58"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="59"/>
        <source>&amp;Starting at step:</source>
        <translation>開始ステップ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="63"/>
        <source>Document languages</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="64"/>
        <source>Letters and the agreement are written in both languages.</source>
        <translation>書簡と協定書は両方の言語で作成されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="66"/>
        <source>Partner&apos;s language</source>
        <translation>相手側の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="67"/>
        <source>Our language</source>
        <translation>当市の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="70"/>
        <source>&amp;Partner&apos;s language:</source>
        <translation>相手側の言語(&amp;P):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="71"/>
        <source>&amp;Our language:</source>
        <translation>当市の言語(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="92"/>
        <source>Suggested from the country&apos;s official language: {0}. Change it if the city uses another.</source>
        <translation>その国の公用語から提案しています: {0}。その都市で別の言語が使われている場合は変更してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="100"/>
        <source>Enter the partner city&apos;s name, or tick “not chosen yet”.</source>
        <translation>相手都市の名前を入力するか、「まだ決まっていません」にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="104"/>
        <source>Choose the partner city&apos;s country from the list.</source>
        <translation>一覧から相手都市の国を選択してください。</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="27"/>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="28"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="29"/>
        <source>Next action</source>
        <translation>次の作業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="30"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="78"/>
        <source>Not chosen yet: %n candidate(s)</source>
        <translation>
            <numerusform>未定: 候補都市 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="46"/>
        <source>Preview — {0}</source>
        <translation>プレビュー — {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57"/>
        <source>Document preview</source>
        <translation>文書のプレビュー</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="63"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF を保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="65"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>PDF ビューアーで開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="67"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="78"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="86"/>
        <source>Save PDF</source>
        <translation>PDF を保存</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="79"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="99"/>
        <source>Open in PDF viewer</source>
        <translation>PDF ビューアーで開く</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="100"/>
        <source>No PDF viewer answered. The file is at:
{0}</source>
        <translation>PDF ビューアーが応答しませんでした。ファイルの場所:
{0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="48"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>インターフェースの言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="51"/>
        <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
        <translation>メニュー、ボタン、メッセージの言語です。文書はそれぞれの言語のままです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="53"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Pseudo-localisation (for testers)</source>
        <translation>疑似ローカライズ(テスト用)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Interface &amp;language:</source>
        <translation>インターフェースの言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="62"/>
        <source>The new language is used the next time you start the app.</source>
        <translation>新しい言語は次回アプリを起動したときに適用されます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="66"/>
        <source>National sister cities body</source>
        <translation>全国姉妹都市団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="68"/>
        <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
        <translation>委員会が新しい提携を報告する全国団体です。空欄の場合は、分かっていればその国の通常の団体が使われます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Name of the national body</source>
        <translation>全国団体の名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Email of the national body</source>
        <translation>全国団体のメール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="114"/>
        <source>The language could not be saved: {0}</source>
        <translation>言語を保存できませんでした: {0}</translation>
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
        <translation>産業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="46"/>
        <source>Academic</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="47"/>
        <source>Cultural</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="48"/>
        <source>Ties</source>
        <translation>つながり</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="49"/>
        <source>History</source>
        <translation>歴史</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="99"/>
        <source>Candidate</source>
        <translation>候補都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="101"/>
        <source>Select a candidate above to see and edit it.</source>
        <translation>上で候補都市を選択すると、表示・編集できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="111"/>
        <source>Find candidate cities</source>
        <translation>候補都市を探す</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="114"/>
        <source>Type a city&apos;s name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
        <translation>都市名を任意の言語・文字で入力してください(Osaka、Ōsaka、大阪)。世界地名辞典はこのコンピューターにあるため、オフラインで使えます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="117"/>
        <source>Search the world gazetteer</source>
        <translation>世界地名辞典を検索</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="118"/>
        <source>Loading the world gazetteer…</source>
        <translation>世界地名辞典を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="122"/>
        <source>&amp;Add as candidate</source>
        <translation>候補都市として追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="124"/>
        <source>Su&amp;ggest cities like ours…</source>
        <translation>当市に似た都市を提案(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="130"/>
        <source>Matching cities</source>
        <translation>一致する都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="140"/>
        <source>Type a city name ({0} cities)…</source>
        <translation>都市名を入力({0} 都市)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="143"/>
        <source>The gazetteer could not be loaded.</source>
        <translation>地名辞典を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="154"/>
        <source>{0} — {1}, population {2}, {3}</source>
        <translation>{0} — {1}、人口 {2}、{3}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="164"/>
        <source>Type a city&apos;s name and pick it from the list first.</source>
        <translation>先に都市名を入力して一覧から選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="187"/>
        <source>Compare candidates</source>
        <translation>候補都市の比較</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="190"/>
        <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
        <translation>ガイドの各データ項目について、当市と比べたスコアが付きます。重みは委員会にとっての重要度を示します(0 で除外)。列の見出しをクリックすると並べ替えられます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="197"/>
        <source>Weight of {0}</source>
        <translation>{0}の重み</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="202"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="210"/>
        <source>Candidate comparison</source>
        <translation>候補都市の比較</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="230"/>
        <source>Research &amp;report (PDF)…</source>
        <translation>調査報告書(PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="254"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="311"/>
        <source>Your city&apos;s data points (what candidates are compared with)</source>
        <translation>当市のデータ項目(候補都市の比較対象)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="59"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="63"/>
        <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
        <translation>復元すると、アプリの現在の内容がバックアップで置き換えられます。現在の内容は先にそれ自体のバックアップとして保存されるため、元に戻せます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="69"/>
        <source>{0} · {1} · {2} KB</source>
        <translation>{0} · {1} · {2} KB</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="75"/>
        <source>No automatic backups yet.</source>
        <translation>自動バックアップはまだありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="78"/>
        <source>Choose another &amp;file…</source>
        <translation>別のファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="93"/>
        <source>Sister City Desktop stores (*.sqlite3)</source>
        <translation>Sister City Desktop データ (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="100"/>
        <source>Choose a backup in the list, or another file.</source>
        <translation>一覧からバックアップを選ぶか、別のファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="69"/>
        <source>Flag and seating plan</source>
        <translation>国旗と座席表</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="83"/>
        <source>Seen from the audience, from left to right: {0}.</source>
        <translation>客席から見て左から右へ: {0}。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="85"/>
        <source>No plan yet.</source>
        <translation>まだ配置がありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="119"/>
        <source>Audience</source>
        <translation>客席</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="151"/>
        <source>Host: {0}</source>
        <translation>主催: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="152"/>
        <source>Host side</source>
        <translation>主催側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="153"/>
        <source>Guest: {0}</source>
        <translation>来賓: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="154"/>
        <source>Guest side</source>
        <translation>来賓側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="161"/>
        <source>Seen from the audience</source>
        <translation>客席から見た配置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="27"/>
        <source>Welcome to Sister City Desktop</source>
        <translation>Sister City Desktop へようこそ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31"/>
        <source>Your committee</source>
        <translation>委員会について</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="32"/>
        <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
        <translation>Sister City Desktop は提携の情報をこのコンピューターに保存します。まず、委員会について入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35"/>
        <source>Committee name</source>
        <translation>委員会名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36"/>
        <source>e.g. Riverton Sister Cities Association</source>
        <translation>例: リバートン姉妹都市協会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37"/>
        <source>Committee language</source>
        <translation>委員会の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="38"/>
        <source>The language your committee works in; documents get a copy in it.</source>
        <translation>委員会が活動で使う言語です。文書にはこの言語の写しが付きます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40"/>
        <source>Committee email</source>
        <translation>委員会のメール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41"/>
        <source>Committee &amp;name:</source>
        <translation>委員会名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42"/>
        <source>Committee &amp;language:</source>
        <translation>委員会の言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="43"/>
        <source>Committee &amp;email:</source>
        <translation>委員会のメール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48"/>
        <source>Your city</source>
        <translation>当市について</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="49"/>
        <source>Partners will want to know about your city; you can add more later.</source>
        <translation>相手都市は当市について知りたいと思うでしょう。後から追加できます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52"/>
        <source>City name</source>
        <translation>都市名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="54"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58"/>
        <source>Highest elected official</source>
        <translation>首長</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59"/>
        <source>Official&apos;s title</source>
        <translation>首長の肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60"/>
        <source>Local sister city organisation</source>
        <translation>地元の姉妹都市団体</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61"/>
        <source>&amp;City:</source>
        <translation>市(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62"/>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63"/>
        <source>&amp;Population:</source>
        <translation>人口(&amp;P):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64"/>
        <source>Highest elected &amp;official:</source>
        <translation>首長(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65"/>
        <source>Official&apos;s &amp;title:</source>
        <translation>首長の肩書き(&amp;T):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="66"/>
        <source>Local &amp;organisation:</source>
        <translation>地元の団体(&amp;O):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="71"/>
        <source>You can change all of this later.</source>
        <translation>これらはすべて後で変更できます。</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="61"/>
        <source>Step {0} of 7 · {1}</source>
        <translation>ステップ {0}/7 · {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="75"/>
        <source>Guidance</source>
        <translation>ガイダンス</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="82"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="98"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="120"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="194"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="200"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="170"/>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="181"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="182"/>
        <source>Highest official</source>
        <translation>首長</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="183"/>
        <source>Official&apos;s title</source>
        <translation>首長の肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="184"/>
        <source>Official&apos;s gender</source>
        <translation>首長の性別</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="185"/>
        <source>Used for the correct title and salutation in letters</source>
        <translation>書簡で正しい肩書きと敬辞を使うために使用します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="201"/>
        <source>Official&apos;s gender:</source>
        <translation>首長の性別:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="212"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="220"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Title</source>
        <translation>肩書き</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="222"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="223"/>
        <source>No contacts yet: add one at the mayor&apos;s office and a volunteer on each side.</source>
        <translation>まだ連絡先がありません。双方の首長室の担当者とボランティアを 1 人ずつ追加してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="227"/>
        <source>&amp;Add contact…</source>
        <translation>連絡先を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="229"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="404"/>
        <source>Remove contact</source>
        <translation>連絡先を削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="239"/>
        <source>Notes and decisions</source>
        <translation>メモと決定事項</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="242"/>
        <source>Notes and decisions for this step</source>
        <translation>このステップのメモと決定事項</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="255"/>
        <source>Write a note or a decision the committee took…</source>
        <translation>メモや委員会の決定事項を入力…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="257"/>
        <source>New note</source>
        <translation>新しいメモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="263"/>
        <source>Kind of note</source>
        <translation>メモの種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="264"/>
        <source>Add &amp;note</source>
        <translation>メモを追加(&amp;N)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="266"/>
        <source>Delete selected note</source>
        <translation>選択したメモを削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="319"/>
        <source>Evaluation date</source>
        <translation>評価日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="320"/>
        <source>{0}

Keep this date anyway? Say why:</source>
        <translation>{0}

この日付のままにしますか? 理由を入力してください:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="327"/>
        <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
        <translation>日付は変更されませんでした: 調印後 6~24 か月の範囲外の日付には理由が必要です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="361"/>
        <source>✔ This step is done. ({0})</source>
        <translation>✔ このステップは完了しました。({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/step_page.py" line="364"/>
        <source>%n of {0} items still open. Done when: {1}</source>
        <translation>
            <numerusform>{0} 項目中 %n 項目が未完了です。完了条件: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="368"/>
        <source>Almost there. Done when: {0}</source>
        <translation>あと少しです。完了条件: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="385"/>
        <source>Select a note in the list first.</source>
        <translation>先に一覧からメモを選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="387"/>
        <source>Delete note</source>
        <translation>メモの削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="388"/>
        <source>Delete the selected note?</source>
        <translation>選択したメモを削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="401"/>
        <source>Select a contact in the table first.</source>
        <translation>先に表から連絡先を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="405"/>
        <source>Remove {0}?</source>
        <translation>{0} を削除しますか?</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39"/>
        <source>Suggest cities like ours</source>
        <translation>当市に似た都市を提案</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43"/>
        <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
        <translation>世界地名辞典から、まだ検討していない同規模の都市を提案します。分かっているのは人口のみです。有望な都市を候補都市として追加し、ほかのデータ項目を入力してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47"/>
        <source>Countries (two-letter codes)</source>
        <translation>国(2 文字のコード)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48"/>
        <source>e.g. FR, ES, IT — empty for every country</source>
        <translation>例: FR, ES, IT — 空欄ですべての国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49"/>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50"/>
        <source>any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54"/>
        <source>Maximum distance in km (0 for any)</source>
        <translation>最大距離(km、0 で制限なし)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57"/>
        <source>any distance</source>
        <translation>距離の制限なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58"/>
        <source>Leave out countries where we already have a partner</source>
        <translation>すでに提携先がある国を除外</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60"/>
        <source>How many suggestions</source>
        <translation>提案の件数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63"/>
        <source>&amp;Countries:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65"/>
        <source>&amp;Distance:</source>
        <translation>距離(&amp;D):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73"/>
        <source>&amp;Add selected as candidate</source>
        <translation>選択した都市を候補都市として追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85"/>
        <source>Suggested cities</source>
        <translation>提案された都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100"/>
        <source>“{0}” is not a two-letter country code.</source>
        <translation>「{0}」は 2 文字の国コードではありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107"/>
        <source>Searching 34,000 cities…</source>
        <translation>34,000 都市を検索しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="122"/>
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n 件の提案。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="127"/>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="140"/>
        <source>Select a city in the list first.</source>
        <translation>先に一覧から都市を選択してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="149"/>
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>%n 件の候補都市を追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBoxes</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="124"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>WorkPlanPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="345"/>
        <source>Work plan</source>
        <translation>活動計画</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353"/>
        <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
        <translation>相手都市と、今後 1 年(短期)とその先(長期)の目標について合意し、それに役立つプログラムと交流を挙げてください: それぞれの担当者、時期、費用。まずは小規模な試行プログラムを 1 つから始めましょう。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan &amp;PDF…</source>
        <translation>活動計画 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan PDF</source>
        <translation>活動計画 PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365"/>
        <source>Preview, print or save the work plan as a PDF</source>
        <translation>活動計画をプレビュー、印刷、または PDF として保存します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>カレンダーをエクスポート (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Export calendar</source>
        <translation>カレンダーのエクスポート</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369"/>
        <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
        <translation>調印式、評価、活動計画の日付を、Outlook、Google カレンダー、Apple カレンダーで取り込めるファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384"/>
        <source>Work plan goals</source>
        <translation>活動計画の目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385"/>
        <source>Short-term goals first, then long-term goals</source>
        <translation>短期目標が先、その後に長期目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390"/>
        <source>Goal term</source>
        <translation>目標の期間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391"/>
        <source>Short term is within a year</source>
        <translation>短期は 1 年以内です</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394"/>
        <source>Goal title</source>
        <translation>目標の名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395"/>
        <source>e.g. Every school in town has a class link</source>
        <translation>例: 市内のすべての学校に交流クラスがある</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397"/>
        <source>Goal description</source>
        <translation>目標の説明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398"/>
        <source>Optional: how you will know the goal is reached</source>
        <translation>任意: 目標の達成をどう判断するか</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400"/>
        <source>Optional: how you will know it is reached</source>
        <translation>任意: 達成をどう判断するか</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add &amp;goal</source>
        <translation>目標を追加(&amp;G)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add goal</source>
        <translation>目標を追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404"/>
        <source>Remo&amp;ve goal…</source>
        <translation>目標を削除(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619"/>
        <source>Remove goal</source>
        <translation>目標の削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406"/>
        <source>Its programmes stay in the plan without a goal</source>
        <translation>その下のプログラムは目標なしで計画に残ります</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408"/>
        <source>New goal t&amp;itle:</source>
        <translation>新しい目標の名称(&amp;I):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414"/>
        <source>Descriptio&amp;n:</source>
        <translation>説明(&amp;N):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426"/>
        <source>Programmes and exchanges</source>
        <translation>プログラムと交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427"/>
        <source>Double-click a row to edit it</source>
        <translation>行をダブルクリックすると編集できます</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444"/>
        <source>&amp;Add programme…</source>
        <translation>プログラムを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445"/>
        <source>Add programme or exchange</source>
        <translation>プログラム・交流の追加</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448"/>
        <source>Edit programme or exchange</source>
        <translation>プログラム・交流の編集</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451"/>
        <source>Delete programme or exchange</source>
        <translation>プログラム・交流の削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457"/>
        <source>Timeline (point at a bar to see its dates):</source>
        <translation>タイムライン(バーにポインターを合わせると日付が表示されます):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493"/>
        <source>No goals yet.</source>
        <translation>まだ目標がありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510"/>
        <source>Pilot</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536"/>
        <source>The end date {0} has passed and it is not done.</source>
        <translation>終了日 {0} を過ぎていますが、完了していません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539"/>
        <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
        <translation>まだプログラムや交流がありません。試行プログラムは「プログラムを追加…」で追加してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609"/>
        <source>Select a goal in the list first.</source>
        <translation>先に一覧から目標を選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612"/>
        <source>Remove the goal “{0}”?</source>
        <translation>目標「{0}」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615"/>
        <source>%n programme under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>その下のプログラム %n 件は目標なしで計画に残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618"/>
        <source>%n programmes under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>その下のプログラム %n 件は目標なしで計画に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661"/>
        <source>Select a programme in the table first.</source>
        <translation>先に表からプログラムを選択してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664"/>
        <source>Delete programme</source>
        <translation>プログラムの削除</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665"/>
        <source>Delete “{0}” from the work plan?</source>
        <translation>「{0}」を活動計画から削除しますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682"/>
        <source>Preparing the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720"/>
        <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
        <translation>カレンダーを {0} に保存しました。カレンダーソフトで開いて日付を追加してください。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="60"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="71"/>
        <source>Step {0}: {1}</source>
        <translation>ステップ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="72"/>
        <source>{0}: {1} (Ctrl+{2})</source>
        <translation>{0}: {1}(Ctrl+{2})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="87"/>
        <source>◀ &amp;Back</source>
        <translation>◀ 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="88"/>
        <source>Previous step (Alt+Left)</source>
        <translation>前のステップ(Alt+←)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="91"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="145"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="148"/>
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="92"/>
        <source>Next step (Alt+Right)</source>
        <translation>次のステップ(Alt+→)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="119"/>
        <source>Partner not chosen yet</source>
        <translation>相手都市は未定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="120"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="129"/>
        <source>Documents in {0}</source>
        <translation>{0} の文書</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="130"/>
        <source>Now at step {0}: {1}</source>
        <translation>現在のステップ {0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="146"/>
        <source>Complete step and go o&amp;n ▶</source>
        <translation>ステップを完了して次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="149"/>
        <source>Step {0} of {1}</source>
        <translation>ステップ {0}/{1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="167"/>
        <source>Steps are taken in order: finish the steps before it first.</source>
        <translation>ステップは順に進めます: 先に前のステップを完了してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="187"/>
        <source>Move on?</source>
        <translation>次へ進みますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="188"/>
        <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
        <translation>「{0}」はまだ完了していません。

完了条件: {1}

それでも提携を次のステップに進めますか? いつでも戻ることができます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="200"/>
        <source>Moved on to step {0}.</source>
        <translation>ステップ {0} に進みました。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="214"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="226"/>
        <source>Next: {0} (due {1})</source>
        <translation>次: {0}(期限 {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="228"/>
        <source>Next: {0}</source>
        <translation>次: {0}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="29"/>
        <location filename="../sistercity_desktop/ui/about.py" line="38"/>
        <source>{0}: MIT licence.</source>
        <translation>{0}: MIT ライセンス。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="30"/>
        <source>{0} and {1}: LGPL v3.</source>
        <translation>{0} および {1}: LGPL v3。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="32"/>
        <source>{0} and {1}: MIT licence.</source>
        <translation>{0} および {1}: MIT ライセンス。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="34"/>
        <source>{0}: BSD licence.</source>
        <translation>{0}: BSD ライセンス。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="35"/>
        <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
        <translation>{0}: BSD ライセンス。ロケールデータは {1} プロジェクトによるもの(Unicode ライセンス)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="39"/>
        <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
        <translation>世界の都市: {0}({1})、CC BY 4.0、{2} パッケージ経由(MIT ライセンス)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="43"/>
        <source>Fonts: {0}; licence texts in {1}.</source>
        <translation>フォント: {0}。ライセンス文は {1} にあります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="55"/>
        <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
        <translation>地域の姉妹都市委員会を、最初の構想から、実際に動いている提携の評価までサポートします。書簡、協定書、調印式、フォローアップを、すべてオフラインで。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="59"/>
        <source>Your data stays on this computer, in the data folder:</source>
        <translation>データはこのコンピューターのデータフォルダーに保存されます:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="62"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="69"/>
        <source>About Sister City Desktop</source>
        <translation>Sister City Desktop について</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40"/>
        <source>Both texts equally authentic</source>
        <translation>両言語の本文はひとしく正文とする</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41"/>
        <source>One signed original for each side</source>
        <translation>各側が署名済みの正本を 1 通ずつ保管する</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42"/>
        <source>Effective on signature</source>
        <translation>署名の日から効力を生じる</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43"/>
        <source>Creates no legally binding obligations</source>
        <translation>法的拘束力のある義務を生じさせない</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44"/>
        <source>Names the implementing committees</source>
        <translation>実施する委員会を明記する</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45"/>
        <source>Either side may end it by written notice</source>
        <translation>いずれの側も書面による通知で終了できる</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54"/>
        <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
        <translation>儀礼的な協定書は、友好と協力を一般的な言葉で述べます。詳細な協定書は、さらに協力分野と年間の交流回数を挙げ、年 1 回開催する合同作業部会を設置し、各側が自らの費用を負担することを定めます。形式は上の「協定書の種類」で選んでください: 下の分野と交流回数は、種類が「詳細」の場合のみ本文に記載されます。条項はどちらの形式でも使われます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65"/>
        <source>Two originals are printed, one kept by each city. In each city&apos;s own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
        <translation>正本は 2 通印刷され、各市が 1 通ずつ保管します。各市の正本では、その市が先に記され、その市の言語が左の段に置かれ、その市の首長が先に署名します(「交互方式」)。二言語の参考用写しは閲覧・共有用で、署名用ではありません。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../sistercity_desktop/app.py" line="131"/>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. Details were written to {log}.</source>
        <translation>問題が発生したため、直前の操作が完了していない可能性があります。それまでに保存した内容は無事です。詳細は {log} に記録しました。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="158"/>
        <source>Sister City Desktop is already open with this data folder. Switch to its window (or close it) and try again.</source>
        <translation>Sister City Desktop はすでにこのデータフォルダーで開いています。そのウィンドウに切り替えるか、閉じてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="199"/>
        <source>Your data file is damaged and cannot be opened safely.

{reason}

The damaged file will not be changed or deleted.</source>
        <translation>データファイルが破損しているため、安全に開くことができません。

{reason}

破損したファイルが変更・削除されることはありません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="208"/>
        <source>Restore the backup of {when}</source>
        <translation>{when} のバックアップを復元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="210"/>
        <source>Start fresh (keep the damaged file aside)</source>
        <translation>新しく始める(破損したファイルは別に保管)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="213"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="356"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="373"/>
        <source>Restored. What was there before is kept as:
{path}</source>
        <translation>復元しました。復元前の内容は次のファイルとして保存されています:
{path}</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33"/>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="35"/>
        <source>before-restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="48"/>
        <source>A backup was saved as:
{0}</source>
        <translation>バックアップを保存しました:
{0}</translation>
    </message>
</context>
<context>
    <name>ceremony</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="55"/>
        <source>Master of ceremonies</source>
        <translation>司会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="56"/>
        <source>Host signatory</source>
        <translation>主催側署名者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57"/>
        <source>Guest signatory</source>
        <translation>来賓側署名者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58"/>
        <source>Host council chair</source>
        <translation>主催側議会議長</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59"/>
        <source>Guest council chair</source>
        <translation>来賓側議会議長</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60"/>
        <source>Diplomatic guest</source>
        <translation>外交関係の来賓</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61"/>
        <source>Protocol officer</source>
        <translation>儀典担当</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62"/>
        <source>Signing assistant</source>
        <translation>署名補助者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63"/>
        <source>Host interpreter</source>
        <translation>主催側通訳</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64"/>
        <source>Guest interpreter</source>
        <translation>来賓側通訳</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65"/>
        <source>Performers</source>
        <translation>出演者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66"/>
        <source>Press</source>
        <translation>報道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="69"/>
        <source>Announces each item of the programme; usually provided by the host.</source>
        <translation>プログラムの各項目を案内します。通常は主催側が担当します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71"/>
        <source>Seats people, passes the documents and arranges the photo.</source>
        <translation>参加者を席に案内し、文書を受け渡し、記念撮影を手配します。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73"/>
        <source>Stands behind the signatories and turns the pages to sign.</source>
        <translation>署名者の後ろに立ち、署名のページをめくります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75"/>
        <source>Sits beside or just behind the host signatory.</source>
        <translation>主催側署名者の横またはすぐ後ろに座ります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77"/>
        <source>Sits beside or just behind the guest signatory.</source>
        <translation>来賓側署名者の横またはすぐ後ろに座ります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79"/>
        <source>E.g. a consul or ambassador who offers congratulations.</source>
        <translation>例: 祝辞を述べる領事や大使。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="82"/>
        <source>Guests&apos; &amp;programme…</source>
        <translation>来賓用プログラム(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="83"/>
        <source>&amp;Run-of-show…</source>
        <translation>進行表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84"/>
        <source>Seating plan (P&amp;DF)…</source>
        <translation>座席表 (PDF)(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="150"/>
        <source>{0} h {1} min</source>
        <translation>{0} 時間 {1} 分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="151"/>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
</context>
<context>
    <name>correspondence_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="65"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="66"/>
        <source>Sent or received</source>
        <translation>送信/受信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="67"/>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="68"/>
        <source>Our people</source>
        <translation>当市側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="69"/>
        <source>Their people</source>
        <translation>相手側の参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="70"/>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="71"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="89"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n バイト</numerusform>
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
            <numerusform>%n 件のファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="104"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n 件のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="109"/>
        <source>No contact recorded yet</source>
        <translation>まだ連絡の記録がありません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="111"/>
        <source>Last contact today</source>
        <translation>最終連絡: 今日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113"/>
        <source>Last contact yesterday</source>
        <translation>最終連絡: 昨日</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114"/>
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>最終連絡: %n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="36"/>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="37"/>
        <source>Partner city</source>
        <translation>相手都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="38"/>
        <source>What needs doing</source>
        <translation>必要な作業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="39"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="40"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="45"/>
        <source>Partner not chosen yet</source>
        <translation>相手都市は未定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="46"/>
        <source>Signing ceremony</source>
        <translation>調印式</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="47"/>
        <source>Evaluation due</source>
        <translation>評価の期限</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="48"/>
        <source>Partnership at risk</source>
        <translation>提携が危機的状況</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="69"/>
        <source>⚠ Overdue</source>
        <translation>⚠ 期限超過</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="70"/>
        <source>⚠ Now</source>
        <translation>⚠ 今すぐ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="72"/>
        <source>Coming up</source>
        <translation>近日中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="73"/>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="79"/>
        <source>Work plan: {0}</source>
        <translation>活動計画: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="89"/>
        <source>{0} (today)</source>
        <translation>{0}(今日)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="91"/>
        <source>{0} (%n day late)</source>
        <translation>
            <numerusform>{0}(%n 日遅れ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="93"/>
        <source>{0} (%n days late)</source>
        <translation>
            <numerusform>{0}(%n 日遅れ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="96"/>
        <source>{0} (in %n day)</source>
        <translation>
            <numerusform>{0}(あと %n 日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="97"/>
        <source>{0} (in %n days)</source>
        <translation>
            <numerusform>{0}(あと %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="102"/>
        <source>Step {0} · {1}</source>
        <translation>ステップ {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/dashboard.py" line="60"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n 日間連絡なし</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="38"/>
        <source>Letter of introduction</source>
        <translation>紹介状</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="39"/>
        <source>Invitation for a delegation visit</source>
        <translation>代表団訪問の招待状</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="40"/>
        <source>Letter to the national sister cities body</source>
        <translation>全国姉妹都市団体への書簡</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72"/>
        <source>Structure</source>
        <translation>体制</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74"/>
        <source>Communications</source>
        <translation>広報・情報共有</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75"/>
        <source>Management</source>
        <translation>運営管理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77"/>
        <source>Implementation</source>
        <translation>実施状況</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="78"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79"/>
        <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
        <translation>明確な役割、十分な人数、予算を備え、提携を担える委員会がありますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81"/>
        <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
        <translation>双方の人々が互いを知り、公式訪問以外でも連絡を取り合っていますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83"/>
        <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
        <translation>市民は提携について知らされていますか? また、両市は互いにニュースを共有していますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="85"/>
        <source>Are meetings held, records kept and money accounted for?</source>
        <translation>会議が開かれ、記録が残され、会計が明らかにされていますか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86"/>
        <source>How many exchanges took place, in how many fields, and who took part?</source>
        <translation>交流は何回、いくつの分野で行われ、誰が参加しましたか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="88"/>
        <source>Did the work plan happen as planned, on time?</source>
        <translation>活動計画は計画どおり、予定どおりに実施されましたか?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="89"/>
        <source>What changed for the two communities because of the partnership?</source>
        <translation>提携によって両市の地域社会に何が変わりましたか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="73"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
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
        <translation>ガイドが推奨する調印後 {low}~{high} か月の期間({start}~{end})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="89"/>
        <source>{day} is {gap} before {window}.</source>
        <translation>{day} は、{window}より {gap} 前です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="92"/>
        <source>{day} is {gap} after {window}.</source>
        <translation>{day} は、{window}より {gap} 後です。</translation>
    </message>
</context>
<context>
    <name>evaluation_facts</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97"/>
        <source>Exchanges held against planned</source>
        <translation>実施した交流と計画の比較</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98"/>
        <source>Time since last contact</source>
        <translation>最後の連絡からの期間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99"/>
        <source>Participants in the last year</source>
        <translation>過去 1 年の参加者数</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100"/>
        <source>Sectors involved</source>
        <translation>関わった分野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101"/>
        <source>Overdue work plan items</source>
        <translation>期限超過の活動計画項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/evaluation.py" line="92"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="94"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="102"/>
        <source>no contact yet</source>
        <translation>まだ連絡なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="96"/>
        <source>{held} of {planned}</source>
        <translation>{planned} 件中 {held} 件</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="101"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="103"/>
        <source>none yet</source>
        <translation>まだなし</translation>
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
        <translation>要注意</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="56"/>
        <source>At risk</source>
        <translation>危機的</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="57"/>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61"/>
        <source>1 – poor</source>
        <translation>1 – 不十分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62"/>
        <source>2 – weak</source>
        <translation>2 – やや不十分</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63"/>
        <source>3 – fair</source>
        <translation>3 – 普通</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="64"/>
        <source>4 – good</source>
        <translation>4 – 良い</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="65"/>
        <source>5 – very good</source>
        <translation>5 – 非常に良い</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="135"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="141"/>
        <source>overall {0} of 5</source>
        <translation>総合 {0}/5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144"/>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="145"/>
        <source>no summary</source>
        <translation>要約なし</translation>
    </message>
</context>
<context>
    <name>gantt_view</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="31"/>
        <source>planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="32"/>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="33"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="34"/>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>gifts</name>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="330"/>
        <source>Avoid white flowers, which are associated with funerals.</source>
        <translation>白い花は葬儀を連想させるため避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="331"/>
        <source>Avoid sets of 4 or 9: 4 (shi) sounds like &apos;death&apos; and 9 (ku) like &apos;suffering&apos;.</source>
        <translation>4 個や 9 個組の品は避けてください: 4(し)は「死」、9(く)は「苦」に通じる忌み数です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="333"/>
        <source>Wrap without white or black paper (funeral colours); red-and-white or gold-and-silver ties suit celebrations.</source>
        <translation>白や黒の包装紙は使わないでください(香典袋と同じ弔事の色です)。お祝いには紅白や金銀の水引がふさわしいです。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="335"/>
        <source>Present and receive gifts with both hands; gifts are usually not opened in front of the giver.</source>
        <translation>贈り物は両手で渡し、両手で受け取ります。通常、贈り主の前では開けません。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="337"/>
        <source>Knives and scissors can suggest cutting ties (unconfirmed).</source>
        <translation>刃物やはさみは「縁を切る」ことを連想させる場合があります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="340"/>
        <source>Avoid clocks: &apos;giving a clock&apos; (song zhong) sounds like attending a death.</source>
        <translation>時計は避けてください: 「時計を贈る」(送鐘、song zhong)は「臨終を看取る」(送終)と同じ発音です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="342"/>
        <source>Avoid sets of 4: 4 (si) sounds like &apos;death&apos;.</source>
        <translation>4 個組の品は避けてください: 4(si)は「死」に通じます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="343"/>
        <source>Avoid umbrellas (san sounds like &apos;separate&apos;) and sharp objects such as knives or scissors (cutting ties).</source>
        <translation>傘と、刃物やはさみなどの鋭利な物は避けてください。傘(san)は「散」(別れる)に通じ、刃物は縁を切ることを連想させます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="345"/>
        <source>Wrap without white or black, funeral colours; red and gold are festive.</source>
        <translation>白や黒は弔事の色なので包装には使わないでください。赤と金はお祝いの色です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="347"/>
        <source>Avoid green hats, which imply an unfaithful spouse.</source>
        <translation>緑の帽子は配偶者の不貞を意味するため避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="348"/>
        <source>Officials work under strict rules on accepting gifts; prefer modest, symbolic items of your city.</source>
        <translation>公職者には贈り物の受け取りに関する厳しい規則があります。当市にちなんだ、控えめで象徴的な品を選びましょう。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="350"/>
        <source>A gift may be politely declined once or twice before it is accepted (unconfirmed).</source>
        <translation>贈り物は、受け取る前に 1、2 度丁寧に辞退されることがあります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="354"/>
        <source>Avoid clocks: &apos;giving a clock&apos; sounds like attending a death.</source>
        <translation>時計は避けてください: 「時計を贈る」は「臨終を看取る」と同じ発音です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="355"/>
        <source>Avoid sets of 4: 4 sounds like &apos;death&apos;.</source>
        <translation>4 個組の品は避けてください: 4 は「死」に通じます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="356"/>
        <source>Avoid umbrellas (separation) and sharp objects (cutting ties).</source>
        <translation>傘(別れを意味します)や鋭利な物(縁を切ることを意味します)は避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="357"/>
        <source>Wrap without white or black, funeral colours.</source>
        <translation>白や黒は弔事の色なので包装には使わないでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="358"/>
        <source>Handkerchiefs are associated with funerals and farewells (unconfirmed).</source>
        <translation>ハンカチは葬儀や別れを連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="362"/>
        <source>Avoid sets of 4: 4 (sa) sounds like &apos;death&apos;.</source>
        <translation>4 個組の品は避けてください: 4(sa)は「死」に通じます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="363"/>
        <source>Never write a person&apos;s name in red ink, which is used for the dead.</source>
        <translation>人の名前を赤インクで書かないでください。赤インクは故人の名前に使われます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="364"/>
        <source>Present and receive gifts with both hands.</source>
        <translation>贈り物は両手で渡し、両手で受け取ります。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="365"/>
        <source>Public officials are bound by the anti-graft law (Improper Solicitation and Graft Act), which caps gift values; keep gifts modest and symbolic (exact limits for official exchanges unconfirmed).</source>
        <translation>公職者は、贈り物の金額に上限を定める腐敗防止法(不正請託及び金品等授受の禁止に関する法律)の対象です。贈り物は控えめで象徴的な品にしてください(公式交流での正確な上限額は未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="370"/>
        <source>Avoid leather goods, above all cowhide, which offends many Hindus.</source>
        <translation>革製品、特に牛革は多くのヒンドゥー教徒が不快に感じるため避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="371"/>
        <source>Avoid alcohol unless you know the recipient drinks; many abstain for religious reasons.</source>
        <translation>相手が飲酒すると分かっている場合を除き、酒類は避けてください。宗教上の理由で飲酒しない人が多くいます。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="373"/>
        <source>Give and receive with the right hand or both hands, never the left alone.</source>
        <translation>渡すときも受け取るときも右手か両手を使い、左手だけで扱うことは決してしないでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="375"/>
        <source>Bright wrapping (red, yellow, green) is auspicious; avoid black and white (unconfirmed).</source>
        <translation>明るい色(赤、黄、緑)の包装は縁起が良いとされます。黒と白は避けてください(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="379"/>
        <source>No alcohol or pork products, including in food hampers; both are banned at customs.</source>
        <translation>酒類や豚肉製品は、食品の詰め合わせに入れる場合も含めて贈らないでください。どちらも税関で持ち込みが禁止されています。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="381"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="388"/>
        <source>Give and receive with the right hand.</source>
        <translation>渡すときも受け取るときも右手を使ってください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="382"/>
        <source>Avoid images of dogs, and religious symbols of other faiths (unconfirmed).</source>
        <translation>犬の絵柄や、他宗教の宗教的シンボルは避けてください(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="386"/>
        <source>Avoid alcohol and pork products unless you know the recipient welcomes them.</source>
        <translation>相手が喜ぶと分かっている場合を除き、酒類や豚肉製品は避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="389"/>
        <source>Avoid images of dogs (unconfirmed).</source>
        <translation>犬の絵柄は避けてください(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="392"/>
        <source>Give an odd number of flowers; even numbers are for funerals.</source>
        <translation>花は奇数本で贈ってください。偶数本は葬儀用です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="393"/>
        <source>Yellow flowers can signify separation (unconfirmed).</source>
        <translation>黄色い花は別れを意味することがあります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="394"/>
        <source>Knives and other sharp objects are said to bring quarrels; the receiver may &apos;pay&apos; with a coin (unconfirmed).</source>
        <translation>刃物などの鋭利な物は争いを招くといわれます。受け取る側が硬貨で「代金を払う」ことがあります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="396"/>
        <source>Do not hand a gift across a threshold (unconfirmed).</source>
        <translation>敷居越しに贈り物を手渡さないでください(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="399"/>
        <source>Chrysanthemums, lilies and white calla lilies are associated with funerals (lilies unconfirmed).</source>
        <translation>菊、ユリ、白いカラーは葬儀を連想させます(ユリについては未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="401"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="409"/>
        <source>Red roses signal romance; avoid them for officials.</source>
        <translation>赤いバラは恋愛を意味するため、公職者への贈り物には避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="402"/>
        <source>Officials need permission to accept gifts; expect gifts to be registered or handed to the city.</source>
        <translation>公職者が贈り物を受け取るには許可が必要です。贈り物は登録されるか、市に引き渡されるものと考えてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="404"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="411"/>
        <source>Bouquets traditionally have an odd number of stems, but not 13 (unconfirmed).</source>
        <translation>花束は伝統的に奇数本ですが、13 本は避けます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="408"/>
        <source>Avoid chrysanthemums, the flowers of graves (All Saints&apos; Day).</source>
        <translation>菊は墓に供える花(諸聖人の日)なので避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="410"/>
        <source>Carnations and yellow flowers can be read badly (unconfirmed).</source>
        <translation>カーネーションや黄色い花は悪い意味に受け取られることがあります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="415"/>
        <source>Avoid chrysanthemums, which are funeral flowers.</source>
        <translation>菊は葬儀の花なので避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="416"/>
        <source>17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a gift rule).</source>
        <translation>不吉な数は 13 ではなく 17 です。17 個組の品は避けてください(贈り物のルールとしては未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="418"/>
        <source>Knives or scissors suggest cutting a relationship (unconfirmed).</source>
        <translation>刃物やはさみは関係を断つことを連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="419"/>
        <source>Purple wrapping is associated with bad luck or mourning (unconfirmed).</source>
        <translation>紫の包装は不運や喪を連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="423"/>
        <source>Yellow marigolds (cempasuchil) belong to the Day of the Dead and funerals.</source>
        <translation>黄色いマリーゴールド(センパスチル)は死者の日や葬儀のための花です。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="425"/>
        <source>Red flowers can carry negative meanings (unconfirmed).</source>
        <translation>赤い花は否定的な意味を持つことがあります(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="426"/>
        <source>Knives suggest cutting the relationship (unconfirmed).</source>
        <translation>刃物は関係を断つことを連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="429"/>
        <source>Purple and black are associated with mourning; avoid them in flowers and wrapping (unconfirmed).</source>
        <translation>紫と黒は喪を連想させるため、花や包装には使わないでください(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="431"/>
        <source>Knives or scissors suggest cutting ties (unconfirmed).</source>
        <translation>刃物やはさみは縁を切ることを連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="432"/>
        <source>Handkerchiefs are associated with tears (unconfirmed).</source>
        <translation>ハンカチは涙を連想させます(未確認)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="435"/>
        <source>Gifts to officials often become city property and must be reported; record every gift given and received.</source>
        <translation>公職者への贈り物は市の財産となり報告が必要な場合が多いため、贈呈・受領したすべての記念品を記録してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="437"/>
        <source>Remove price tags and receipts; avoid items that display their price.</source>
        <translation>値札やレシートは外し、価格が表示された品は避けてください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="438"/>
        <source>Mind customs rules: food, plants, seeds, soil, meat and dairy are restricted in many countries; check both sides&apos; import rules before packing.</source>
        <translation>税関の規則に注意してください: 食品、植物、種子、土、肉、乳製品は多くの国で制限されています。荷造りの前に双方の国の輸入規則を確認してください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="441"/>
        <source>Prefer symbolic items of your city (crafts, books, local art) of modest value; never cash or gift cards.</source>
        <translation>当市を象徴する手頃な価格の品(工芸品、本、地元の美術品など)を選び、現金やギフトカードは決して贈らないでください。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="443"/>
        <source>Agree with the partner&apos;s protocol office on who presents what, so gifts match in kind and value.</source>
        <translation>誰が何を贈るかを相手側の儀典担当部署と事前に取り決め、記念品の種類と価値が釣り合うようにしてください。</translation>
    </message>
</context>
<context>
    <name>inquiries</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54"/>
        <source>A city abroad</source>
        <translation>海外の都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="55"/>
        <source>A local resident</source>
        <translation>地元住民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57"/>
        <source>from a city abroad</source>
        <translation>海外の都市から</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58"/>
        <source>from a local resident</source>
        <translation>地元住民から</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59"/>
        <source>City abroad</source>
        <translation>海外の都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60"/>
        <source>Local resident</source>
        <translation>地元住民</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61"/>
        <source>Meets the policy</source>
        <translation>方針を満たす</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62"/>
        <source>Does not meet</source>
        <translation>方針を満たさない</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="63"/>
        <source>Answers missing</source>
        <translation>回答が不足</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65"/>
        <source>Pending</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66"/>
        <source>Accepted</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67"/>
        <source>Declined</source>
        <translation>見送り</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="68"/>
        <source>Deferred</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70"/>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="72"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74"/>
        <source>No policy yet</source>
        <translation>方針未設定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78"/>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="100"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>「{0}」は日付ではありません。YYYY-MM-DD の形式で入力してください(例: 2026-03-14)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="104"/>
        <source>The date received cannot be in the future.</source>
        <translation>受付日を未来の日付にすることはできません。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="43"/>
        <source>Mayor&apos;s office</source>
        <translation>首長室</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="44"/>
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="45"/>
        <source>Council</source>
        <translation>議会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="49"/>
        <source>Our side</source>
        <translation>当市側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="50"/>
        <source>Partner side</source>
        <translation>相手側</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="53"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="54"/>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="57"/>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="58"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="59"/>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="60"/>
        <source>Video call</source>
        <translation>ビデオ通話</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="61"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="62"/>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="65"/>
        <source>Sister city</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="66"/>
        <source>Friendship city</source>
        <translation>友好都市</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="69"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="70"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="73"/>
        <source>Ceremonial</source>
        <translation>儀礼的</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="74"/>
        <source>Precise</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="77"/>
        <source>Short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="78"/>
        <source>Long term</source>
        <translation>長期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="81"/>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを起動できませんでした。</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="28"/>
        <source>high school</source>
        <translation>高等学校</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="29"/>
        <source>language school</source>
        <translation>語学学校</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="30"/>
        <source>research institute</source>
        <translation>研究機関</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="31"/>
        <source>music venue</source>
        <translation>音楽施設</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="32"/>
        <source>community centre</source>
        <translation>公民館</translation>
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
        <translation>産業</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="43"/>
        <source>Academic institutions</source>
        <translation>教育機関</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="44"/>
        <source>Cultural institutions</source>
        <translation>文化施設</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="45"/>
        <source>Preexisting relationships</source>
        <translation>既存の関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="46"/>
        <source>Historical or ancestral ties</source>
        <translation>歴史的・祖先的なつながり</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="48"/>
        <source>Under consideration</source>
        <translation>検討中</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="49"/>
        <source>Chosen</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="50"/>
        <source>Declined</source>
        <translation>見送り</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="52"/>
        <source>Mayoral</source>
        <translation>首長間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="53"/>
        <source>Trade</source>
        <translation>経済・貿易</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="54"/>
        <source>Diaspora</source>
        <translation>移民・ディアスポラ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="55"/>
        <source>Faith-based</source>
        <translation>宗教関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="56"/>
        <source>Personal</source>
        <translation>個人的</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="57"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="59"/>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="60"/>
        <source>Time difference</source>
        <translation>時差</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="61"/>
        <source>Shared office hours</source>
        <translation>共通の業務時間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="62"/>
        <source>Hemisphere</source>
        <translation>半球</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="63"/>
        <source>Likely document language</source>
        <translation>想定される文書の言語</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="65"/>
        <source>mayoral</source>
        <translation>首長間</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="66"/>
        <source>trade</source>
        <translation>経済・貿易</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="67"/>
        <source>diaspora</source>
        <translation>移民・ディアスポラ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="68"/>
        <source>faith-based</source>
        <translation>宗教関係</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="69"/>
        <source>personal</source>
        <translation>個人的</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="70"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="72"/>
        <source>port</source>
        <translation>港</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="73"/>
        <source>coast</source>
        <translation>海岸</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="74"/>
        <source>river</source>
        <translation>川</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="75"/>
        <source>lake</source>
        <translation>湖</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="76"/>
        <source>mountains</source>
        <translation>山地</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="77"/>
        <source>desert</source>
        <translation>砂漠</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="78"/>
        <source>island</source>
        <translation>島</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="79"/>
        <source>plains</source>
        <translation>平野</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="80"/>
        <source>forest</source>
        <translation>森林</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="81"/>
        <source>valley</source>
        <translation>谷</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="83"/>
        <source>tropical</source>
        <translation>熱帯</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="84"/>
        <source>arid</source>
        <translation>乾燥</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="85"/>
        <source>mediterranean</source>
        <translation>地中海性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="86"/>
        <source>temperate</source>
        <translation>温帯</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="87"/>
        <source>oceanic</source>
        <translation>海洋性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="88"/>
        <source>continental</source>
        <translation>大陸性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="89"/>
        <source>subarctic</source>
        <translation>亜寒帯</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="90"/>
        <source>highland</source>
        <translation>高地</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="92"/>
        <source>university</source>
        <translation>大学</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="93"/>
        <source>college</source>
        <translation>カレッジ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="94"/>
        <source>museum</source>
        <translation>博物館</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="95"/>
        <source>theatre</source>
        <translation>劇場</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="96"/>
        <source>library</source>
        <translation>図書館</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="97"/>
        <source>festival</source>
        <translation>祭り</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="98"/>
        <source>sports</source>
        <translation>スポーツ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="110"/>
        <source>strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="282"/>
        <source>{what} not known for either city</source>
        <translation>{what}: 両市とも不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="284"/>
        <source>{what} not known for your city</source>
        <translation>{what}: 当市について不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="285"/>
        <source>{what} not known for this city</source>
        <translation>{what}: この都市について不明</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="294"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="300"/>
        <source>same size</source>
        <translation>同じ規模</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="302"/>
        <source>about the same size</source>
        <translation>ほぼ同じ規模</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="304"/>
        <source>{ratio}×</source>
        <translation>{ratio}×</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="305"/>
        <source>population {ours} vs {theirs} ({size})</source>
        <translation>人口 {ours} 対 {theirs}({size})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="320"/>
        <source>geography</source>
        <translation>地理</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="332"/>
        <source>{climate} climate</source>
        <translation>{climate}気候</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="334"/>
        <source>shared: {what} ({matches} of %n features)</source>
        <translation>
            <numerusform>共通: {what}(%n 項目中 {matches} 項目)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="337"/>
        <source>no shared features (%n in all)</source>
        <translation>
            <numerusform>共通の特徴なし(全 %n 項目)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="344"/>
        <source>industries</source>
        <translation>産業</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="349"/>
        <source>shared: {what} ({matches} of %n industries)</source>
        <translation>
            <numerusform>共通: {what}(%n 産業中 {matches} 産業)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="352"/>
        <source>no shared industries (%n in all)</source>
        <translation>
            <numerusform>共通の産業なし(全 %n 産業)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="358"/>
        <source>no {noun} recorded for your city</source>
        <translation>当市の{noun}が記録されていません</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="361"/>
        <source>no {noun} recorded for this city</source>
        <translation>この都市の{noun}が記録されていません</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="365"/>
        <source>{matched} of %n of your institution kinds have a counterpart: {what}</source>
        <translation>
            <numerusform>当市の施設の種類 %n 件中 {matched} 件に相手側の対応施設があります: {what}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="369"/>
        <source>none of your %n institution kinds has a counterpart</source>
        <translation>
            <numerusform>当市の施設の種類 %n 件のいずれにも相手側の対応施設がありません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="377"/>
        <source>no ties recorded</source>
        <translation>関係の記録なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="380"/>
        <source>{kind} ({strength})</source>
        <translation>{kind}({strength})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="386"/>
        <source>ties: {what}</source>
        <translation>関係: {what}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="392"/>
        <source>no historical or ancestral ties recorded</source>
        <translation>歴史的・祖先的なつながりの記録なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="396"/>
        <source>{strength} historical or ancestral ties ({value} of {most})</source>
        <translation>歴史的・祖先的なつながり: {strength}({value}/{most})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="416"/>
        <source>academic institutions</source>
        <translation>教育機関</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="418"/>
        <source>cultural institutions</source>
        <translation>文化施設</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="43"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="45"/>
        <source>not known (no coordinates)</source>
        <translation>不明(座標なし)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="48"/>
        <source>{low} to {high} over the year</source>
        <translation>年間を通じて {low}~{high}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="50"/>
        <source>{now} now ({spread})</source>
        <translation>現在 {now}({spread})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="53"/>
        <source>{hours} h when both city halls are open (9:00–17:00)</source>
        <translation>{hours} h(両市役所の開庁時間 9:00–17:00 が重なる時間)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="55"/>
        <source>none: city hall hours do not overlap</source>
        <translation>なし: 市役所の開庁時間が重なりません</translation>
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
        <translation>{hemisphere}、季節は当市と逆</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="64"/>
        <source>{hemisphere}, same seasons as ours</source>
        <translation>{hemisphere}、季節は当市と同じ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="67"/>
        <source>{language} ({code})</source>
        <translation>{language}({code})</translation>
    </message>
</context>
<context>
    <name>seating</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="26"/>
        <source>Signing table</source>
        <translation>署名台</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="27"/>
        <source>Flag</source>
        <translation>旗</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="28"/>
        <source>Host signatory</source>
        <translation>主催側署名者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="29"/>
        <source>Guest signatory</source>
        <translation>来賓側署名者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="30"/>
        <source>Host original</source>
        <translation>主催側の正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="31"/>
        <source>Guest original</source>
        <translation>来賓側の正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="32"/>
        <source>Host interpreter</source>
        <translation>主催側通訳</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="33"/>
        <source>Guest interpreter</source>
        <translation>来賓側通訳</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="34"/>
        <source>Master of ceremonies</source>
        <translation>司会</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="35"/>
        <source>Audience and press</source>
        <translation>客席と報道</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="39"/>
        <source>Flag: {0}</source>
        <translation>旗: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="40"/>
        <source>Host signatory: {0}</source>
        <translation>主催側署名者: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="41"/>
        <source>Guest signatory: {0}</source>
        <translation>来賓側署名者: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="42"/>
        <source>Original of {0}</source>
        <translation>{0} の正本</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="43"/>
        <source>Interpreter for {0}</source>
        <translation>{0} の通訳</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="40"/>
        <source>not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="41"/>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="42"/>
        <source>man</source>
        <translation>男性</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../sistercity_desktop/ui/worker.py" line="33"/>
        <source>Something went wrong: {0}</source>
        <translation>問題が発生しました: {0}</translation>
    </message>
</context>
<context>
    <name>workplan_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60"/>
        <source>Youth pen pals</source>
        <translation>青少年の文通</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61"/>
        <source>Student exchange</source>
        <translation>学生交流</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62"/>
        <source>Municipal best practice</source>
        <translation>自治体の優良事例</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63"/>
        <source>Delegation visit</source>
        <translation>代表団の訪問</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64"/>
        <source>Cultural</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65"/>
        <source>Economic</source>
        <translation>経済</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68"/>
        <source>Short term (within a year)</source>
        <translation>短期(1 年以内)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69"/>
        <source>Long term</source>
        <translation>長期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71"/>
        <source>short term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72"/>
        <source>long term</source>
        <translation>長期</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76"/>
        <source>Pilot</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140"/>
        <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>{0}: 「{1}」は日付ではありません。YYYY-MM-DD の形式で入力してください(例: 2026-03-14)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154"/>
        <source>{0} must be a whole number, like 12.</source>
        <translation>{0} は整数で入力してください(例: 12)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157"/>
        <source>{0} must be an amount, like 1500 or 1500.50.</source>
        <translation>{0} は金額で入力してください(例: 1500 または 1500.50)。</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164"/>
        <source>Overdue · {0}</source>
        <translation>期限超過 · {0}</translation>
    </message>
</context>
</TS>
