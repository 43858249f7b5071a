<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96"/>
        <source>Agreement</source>
        <translation>Charte de jumelage</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114"/>
        <source>Areas of cooperation</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116"/>
        <source>Tick what the two cities mean to work on together.</source>
        <translation>Cochez les domaines sur lesquels les deux villes comptent travailler ensemble.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122"/>
        <source>Area of cooperation: {0}</source>
        <translation>Domaine de coopération&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128"/>
        <source>Areas of your own (written as you type them, in every language):</source>
        <translation>Vos propres domaines (écrits tels que vous les saisissez, dans toutes les langues)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131"/>
        <source>New area of cooperation</source>
        <translation>Nouveau domaine de coopération</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132"/>
        <source>e.g. Music education for children</source>
        <translation>p. ex. Éducation musicale des enfants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135"/>
        <source>Add a&amp;rea</source>
        <translation>Ajouter le &amp;domaine</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141"/>
        <source>Areas of your own</source>
        <translation>Vos propres domaines</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143"/>
        <source>Remo&amp;ve area</source>
        <translation>&amp;Retirer le domaine</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152"/>
        <source>Exchanges a year</source>
        <translation>Échanges par an</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153"/>
        <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
        <translation>Nombre de visites ou d’échanges par an prévu par la charte&#x202f;; 0 omet ce nombre.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156"/>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160"/>
        <source>Place of signing</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161"/>
        <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
        <translation>Lieu de signature de la charte, p. ex. Hôtel de ville de Greenvale. Si le champ est vide, le lieu de la cérémonie ou notre ville est utilisé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163"/>
        <source>e.g. Greenvale City Hall</source>
        <translation>p. ex. Hôtel de ville de Greenvale</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166"/>
        <source>E&amp;xchanges a year:</source>
        <translation>Éc&amp;hanges par an&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167"/>
        <source>Place of si&amp;gning:</source>
        <translation>&amp;Lieu de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171"/>
        <source>Standard clauses</source>
        <translation>Clauses types</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177"/>
        <source>Clause: {0}</source>
        <translation>Clause&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184"/>
        <source>Print the agreement</source>
        <translation>Imprimer la charte de jumelage</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191"/>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193"/>
        <source>Preview the two &amp;originals…</source>
        <translation>Aperçu des deux &amp;originaux…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195"/>
        <source>Preview a plain bilingual &amp;copy…</source>
        <translation>Aperçu d’une &amp;copie bilingue simple…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257"/>
        <source>Type the name of the area first, then choose “Add area”.</source>
        <translation>Saisissez d’abord le nom du domaine, puis choisissez «&#xa0;Ajouter le domaine&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267"/>
        <source>Select one of your own areas in the list first.</source>
        <translation>Sélectionnez d’abord l’un de vos propres domaines dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270"/>
        <source>Remove area</source>
        <translation>Retirer le domaine</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271"/>
        <source>Remove “{0}” from the agreement?</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» de la charte de jumelage&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="303"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="45"/>
        <source>{0} ({1}) · {2}</source>
        <translation>{0} ({1}) · {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="48"/>
        <source>Why ({0}): {1}</source>
        <translation>Pourquoi ({0})&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="50"/>
        <source>Why: {0}</source>
        <translation>Pourquoi&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="53"/>
        <source>What the map and the calendar say</source>
        <translation>Ce que disent la carte et le calendrier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="56"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="64"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="132"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="60"/>
        <source>Similarity with your city, point by point</source>
        <translation>Similarité avec votre ville, critère par critère</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="63"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="72"/>
        <source>Data points</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85"/>
        <source>Preexisting relationships</source>
        <translation>Relations existantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="87"/>
        <source>Relationships with this city</source>
        <translation>Relations avec cette ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="90"/>
        <source>{0} · strength {1}</source>
        <translation>{0} · intensité {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="97"/>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100"/>
        <source>Strength (1 slight, 3 strong)</source>
        <translation>Intensité (1 faible, 3 forte)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="102"/>
        <source>About this relationship</source>
        <translation>À propos de cette relation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103"/>
        <source>e.g. our Rotary club has hosted their students</source>
        <translation>p. ex. notre Rotary club a accueilli leurs élèves</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105"/>
        <source>Add &amp;relationship</source>
        <translation>Ajouter la &amp;relation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="107"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="115"/>
        <source>History, sources and notes</source>
        <translation>Histoire, sources et notes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="118"/>
        <source>Strength of historical ties (0 none, 3 strong)</source>
        <translation>Force des liens historiques (0 aucun, 3 forts)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123"/>
        <source>Historical ties (0–3):</source>
        <translation>Liens historiques (0–3)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124"/>
        <source>Historical or ancestral connections</source>
        <translation>Liens historiques ou ancestraux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125"/>
        <source>Other relationships</source>
        <translation>Autres relations</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="126"/>
        <source>Sources (where the facts come from)</source>
        <translation>Sources (d’où viennent les informations)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="127"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137"/>
        <source>&amp;Choose this city…</source>
        <translation>&amp;Choisir cette ville…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139"/>
        <source>&amp;Decline…</source>
        <translation>Écar&amp;ter…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141"/>
        <source>Back to considering</source>
        <translation>Remettre à l’étude</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="143"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="200"/>
        <source>Remove candidate</source>
        <translation>Retirer la ville candidate</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="170"/>
        <source>Select a relationship in the list first.</source>
        <translation>Sélectionnez d’abord une relation dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176"/>
        <source>Why is this the partner for your city? Future committees will read this.</source>
        <translation>Pourquoi cette ville est-elle la bonne partenaire pour la vôtre&#x202f;? Les futurs comités liront cette explication.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178"/>
        <source>Why not this city? Future committees will read this.</source>
        <translation>Pourquoi pas cette ville&#x202f;? Les futurs comités liront cette explication.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="179"/>
        <source>Why reopen this candidate? (optional)</source>
        <translation>Pourquoi remettre cette ville candidate à l’étude&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="180"/>
        <source>Record the reason</source>
        <translation>Noter la raison</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="201"/>
        <source>Remove {0} and everything noted about it?</source>
        <translation>Retirer {0} et tout ce qui a été noté à son sujet&#x202f;?</translation>
    </message>
</context>
<context>
    <name>CeremonyPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174"/>
        <source>Ceremony planner</source>
        <translation>Organisation de la cérémonie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184"/>
        <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
        <translation>Préparez la journée pas à pas&#xa0;: l’heure de début, le déroulé, qui fait quoi, les cadeaux et la place de chacun. Tout est enregistré au fil de la saisie&#x202f;; les trois documents en bas de page en sont tirés.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="224"/>
        <source>When, and who hosts</source>
        <translation>Quand, et qui reçoit</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="226"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="227"/>
        <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
        <translation>Heure locale du début de la cérémonie, au format HH:MM (sur 24 heures).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="229"/>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM, p. ex. 14:00</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="239"/>
        <source>Start t&amp;ime:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="243"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="258"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="244"/>
        <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city&apos;s name to find it.</source>
        <translation>Lieu de la cérémonie, p. ex. Asia/Tokyo. Tapez une partie du nom d’une ville pour le trouver.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="257"/>
        <source>e.g. Asia/Tokyo</source>
        <translation>p. ex. Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="261"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266"/>
        <source>Our city hosts ({0})</source>
        <translation>Notre ville reçoit ({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267"/>
        <source>Our city hosts the ceremony</source>
        <translation>Notre ville accueille la cérémonie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="269"/>
        <source>The partner city hosts ({0})</source>
        <translation>La ville partenaire reçoit ({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="270"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="271"/>
        <source>The partner city hosts the ceremony</source>
        <translation>La ville partenaire accueille la cérémonie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281"/>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="283"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="356"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="387"/>
        <source>Order of events</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="359"/>
        <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
        <translation>Partez d’un déroulé éprouvé, puis adaptez-le&#xa0;: saisissez dans une cellule pour modifier un intitulé, la durée en minutes, les participants ou la note aux organisateurs. Les modifications sont enregistrées aussitôt.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="363"/>
        <source>Ready-made order of events</source>
        <translation>Déroulé type</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="366"/>
        <source>Read&amp;y-made order:</source>
        <translation>Déroulé &amp;type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="368"/>
        <source>Use this &amp;order of events</source>
        <translation>&amp;Utiliser ce déroulé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Title in {0}</source>
        <translation>Intitulé ({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386"/>
        <source>Note for the organisers</source>
        <translation>Note aux organisateurs</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="404"/>
        <source>Add &amp;event</source>
        <translation>&amp;Ajouter un événement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="405"/>
        <source>Remo&amp;ve event</source>
        <translation>&amp;Retirer l’événement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="406"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407"/>
        <source>&amp;Move down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="426"/>
        <source>Use this order of events</source>
        <translation>Utiliser ce déroulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427"/>
        <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
        <translation>
            <numerusform>Remplacer l’événement déjà prévu (%n) par le déroulé «&#xa0;{0}&#xa0;»&#x202f;? Vos modifications seront perdues.</numerusform>
            <numerusform>Remplacer les %n événements déjà prévus par le déroulé «&#xa0;{0}&#xa0;»&#x202f;? Vos modifications seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="494"/>
        <source>Set the ceremony date above to see clock times.</source>
        <translation>Indiquez la date de la cérémonie ci-dessus pour voir les horaires.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="498"/>
        <source>{0} (the “Ceremony date” above).</source>
        <translation>{0} (la «&#xa0;Date de la cérémonie&#xa0;» ci-dessus).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="500"/>
        <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
        <translation>{0} (la «&#xa0;Date de la cérémonie&#xa0;» ci-dessus). Saisissez l’heure de début et le fuseau horaire pour voir les horaires.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="504"/>
        <source>No events yet: choose a ready-made order above, or add events one by one.</source>
        <translation>Aucun événement pour l’instant&#xa0;: choisissez un déroulé type ci-dessus, ou ajoutez les événements un par un.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="508"/>
        <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
        <translation>
            <numerusform>%n événement, {0} au total&#xa0;: de {1} à {2} ({3}).</numerusform>
            <numerusform>%n événements, {0} au total&#xa0;: de {1} à {2} ({3}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="513"/>
        <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
        <translation>
            <numerusform>%n événement, {0} au total. Indiquez la date de la cérémonie ci-dessus pour voir les horaires.</numerusform>
            <numerusform>%n événements, {0} au total. Indiquez la date de la cérémonie ci-dessus pour voir les horaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517"/>
        <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
        <translation>
            <numerusform>%n événement, {0} au total. Les horaires s’affichent une fois l’heure de début et le fuseau horaire indiqués.</numerusform>
            <numerusform>%n événements, {0} au total. Les horaires s’affichent une fois l’heure de début et le fuseau horaire indiqués.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="563"/>
        <source>Select an event in the order of events first.</source>
        <translation>Sélectionnez d’abord un événement dans le déroulé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="581"/>
        <source>Remove event</source>
        <translation>Retirer l’événement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="582"/>
        <source>Remove “{0}” from the order of events?</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» du déroulé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="598"/>
        <source>Who does what</source>
        <translation>Qui fait quoi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="601"/>
        <source>Write the name of each person taking part. Names appear on the guests&apos; programme and the run-of-show; leave a role empty if nobody fills it.</source>
        <translation>Indiquez le nom de chaque participant. Les noms figurent sur le programme des invités et sur le conducteur&#x202f;; laissez un rôle vide si personne ne le tient.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="632"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="635"/>
        <source>{0}:</source>
        <comment>a field&apos;s label</comment>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="652"/>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655"/>
        <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
        <translation>Les cadeaux faits aux élus deviennent souvent propriété de la ville et doivent être déclarés&#xa0;: notez chaque cadeau offert et reçu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="657"/>
        <source>Gifts given and received</source>
        <translation>Cadeaux offerts et reçus</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="661"/>
        <source>Given or received</source>
        <translation>Offert ou reçu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="662"/>
        <source>We give</source>
        <translation>Nous offrons</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="663"/>
        <source>We receive</source>
        <translation>Nous recevons</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="664"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="666"/>
        <source>The gift, e.g. a framed print of the old mill</source>
        <translation>Le cadeau, p. ex. une gravure encadrée du vieux moulin</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="667"/>
        <source>Given to or received from</source>
        <translation>Offert à ou reçu de</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="668"/>
        <source>To or from whom</source>
        <translation>À qui ou de qui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="671"/>
        <source>Add &amp;gift</source>
        <translation>Ajouter un &amp;cadeau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="673"/>
        <source>Remove gif&amp;t</source>
        <translation>Retirer le cad&amp;eau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="682"/>
        <source>the partner&apos;s country</source>
        <translation>le pays partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="683"/>
        <source>Before choosing gifts for {0}:</source>
        <translation>Avant de choisir des cadeaux pour {0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685"/>
        <source>Gift cautions</source>
        <translation>Précautions pour les cadeaux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="695"/>
        <source>We give: {0} (to {1})</source>
        <translation>Nous offrons&#xa0;: {0} (à {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696"/>
        <source>We give: {0}</source>
        <translation>Nous offrons&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="698"/>
        <source>We receive: {0} (from {1})</source>
        <translation>Nous recevons&#xa0;: {0} (de {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="699"/>
        <source>We receive: {0}</source>
        <translation>Nous recevons&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="704"/>
        <source>No gifts recorded yet.</source>
        <translation>Aucun cadeau noté pour l’instant.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722"/>
        <source>Select a gift in the list first.</source>
        <translation>Sélectionnez d’abord un cadeau dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="724"/>
        <source>Remove gift</source>
        <translation>Retirer le cadeau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="725"/>
        <source>Remove “{0}”?</source>
        <translation>Retirer «&#xa0;{0}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="733"/>
        <source>Flag and seating plan</source>
        <translation>Drapeaux et plan de table</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="736"/>
        <source>Seen from the audience. The place of honour is at the host&apos;s right, so the guest signatory sits on the audience&apos;s left. Each city&apos;s flag stands behind its own signatory, both flags the same size, and each city&apos;s original lies in front of its own signatory.</source>
        <translation>Vu depuis le public. La place d’honneur est à la droite de l’hôte&#xa0;: le signataire invité est donc assis à gauche vu du public. Le drapeau de chaque ville se tient derrière son propre signataire, les deux drapeaux étant de même taille, et l’original de chaque ville est posé devant son propre signataire.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760"/>
        <source>Print for the day</source>
        <translation>Imprimer pour le jour J</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="763"/>
        <source>The guests&apos; programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
        <translation>Le programme des invités est imprimé dans les deux langues. Le conducteur est destiné aux organisateurs&#xa0;: chaque point avec son horaire, les participants et ce qu’il faut faire.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="766"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="768"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="769"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36"/>
        <source>Region or state</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37"/>
        <source>Highest elected official</source>
        <translation>Premier élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="38"/>
        <source>Official&apos;s title</source>
        <translation>Titre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40"/>
        <source>Local sister city organisation</source>
        <translation>Association locale de jumelage</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="41"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43"/>
        <source>Geography (port, river, mountains, climate…)</source>
        <translation>Géographie (port, fleuve, montagnes, climat…)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="44"/>
        <source>Main industries</source>
        <translation>Principales activités économiques</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="46"/>
        <source>Schools, colleges and universities</source>
        <translation>Écoles, lycées et universités</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="48"/>
        <source>Museums, music venues, community centres</source>
        <translation>Musées, salles de concert, centres socioculturels</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="56"/>
        <source>Committee and city</source>
        <translation>Comité et ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="62"/>
        <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
        <translation>Les partenaires découvrent votre ville dans les lettres et dans la comparaison des villes candidates. Les modifications sont enregistrées à la sortie de chaque champ.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Nom du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee name</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85"/>
        <source>Committee &amp;language:</source>
        <translation>&amp;Langue du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="86"/>
        <source>Committee language</source>
        <translation>Langue du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee &amp;email:</source>
        <translation>&amp;E-mail du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee email</source>
        <translation>E-mail du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>&amp;Population:</source>
        <translation>P&amp;opulation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100"/>
        <source>not specified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102"/>
        <source>Official&apos;s gender</source>
        <translation>Genre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="103"/>
        <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
        <translation>Sert à employer le bon titre dans les lettres (Maire, Bürgermeisterin…)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="107"/>
        <source>Official&apos;s &amp;gender:</source>
        <translation>&amp;Genre de l’élu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="114"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="27"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>&amp;Side</source>
        <translation>&amp;Côté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="365"/>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="371"/>
        <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
        <translation>Consignez chaque lettre, e-mail, appel et visite, avec les fichiers qui les accompagnaient, pour que chaque membre du comité puisse reprendre là où le précédent s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380"/>
        <source>Show channel</source>
        <translation>Afficher le canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="381"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="384"/>
        <source>Show sent or received</source>
        <translation>Afficher envoyés ou reçus</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="385"/>
        <source>Sent and received</source>
        <translation>Envoyés et reçus</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="388"/>
        <source>Search the correspondence</source>
        <translation>Rechercher dans la correspondance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="389"/>
        <source>Finds words in the summary and in the people&apos;s names</source>
        <translation>Cherche les mots dans le résumé et dans les noms des personnes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="390"/>
        <source>Search summaries and names…</source>
        <translation>Rechercher dans les résumés et les noms…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="392"/>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="404"/>
        <source>Correspondence timeline</source>
        <translation>Chronologie de la correspondance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="405"/>
        <source>Newest first. Double-click an exchange to edit it.</source>
        <translation>Du plus récent au plus ancien. Double-cliquez sur un échange pour le modifier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="275"/>
        <source>Attached files</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="432"/>
        <source>Files attached to the selected exchange:</source>
        <translation>Pièces jointes de l’échange sélectionné&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="434"/>
        <source>Files attached to the selected exchange</source>
        <translation>Pièces jointes de l’échange sélectionné</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="435"/>
        <source>Double-click a file to open it</source>
        <translation>Double-cliquez sur un fichier pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="447"/>
        <source>&amp;Add exchange…</source>
        <translation>&amp;Ajouter un échange…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="449"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="453"/>
        <source>Attach &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="455"/>
        <source>&amp;Open attachment</source>
        <translation>&amp;Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="464"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="747"/>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459"/>
        <source>Add exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="460"/>
        <source>Edit exchange</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="461"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="666"/>
        <source>Delete exchange</source>
        <translation>Supprimer l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="462"/>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="463"/>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="311"/>
        <source>%n attached: {0}</source>
        <translation>
            <numerusform>%n pièce jointe&#xa0;: {0}</numerusform>
            <numerusform>%n pièces jointes&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="300"/>
        <source>No exchange matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="302"/>
        <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
        <translation>Aucun échange consigné pour l’instant. Utilisez «&#xa0;Ajouter un échange…&#xa0;» pour la première lettre, le premier e-mail ou le premier appel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="511"/>
        <source>{0} exchange(s) match</source>
        <translation>
            <numerusform>{0} échange correspond</numerusform>
            <numerusform>{0} échanges correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="513"/>
        <source>{0} exchange(s)</source>
        <translation>
            <numerusform>{0} échange</numerusform>
            <numerusform>{0} échanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="515"/>
        <source>{0}; the newest {1} are shown, scroll down for more</source>
        <translation>{0}&#x202f;; les {1} plus récents sont affichés, faites défiler pour voir la suite</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="581"/>
        <source>Select an exchange to see its attached files.</source>
        <translation>Sélectionnez un échange pour voir ses pièces jointes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="584"/>
        <source>Files attached to the exchange of {0}:</source>
        <translation>Pièces jointes de l’échange du {0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="587"/>
        <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
        <translation>Aucune pièce jointe pour l’échange du {0}. Utilisez «&#xa0;Joindre un fichier…&#xa0;» pour ajouter un scan, une photo ou un document.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="609"/>
        <source>Select an exchange in the table first.</source>
        <translation>Sélectionnez d’abord un échange dans le tableau.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="658"/>
        <source>Delete the exchange of {0}?

“{1}”</source>
        <translation>Supprimer l’échange du {0}&#x202f;?

«&#xa0;{1}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="661"/>
        <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Sa pièce jointe (%n) sera déplacée dans le dossier «&#xa0;deleted&#xa0;» du dossier des pièces jointes.</numerusform>
            <numerusform>Ses %n pièces jointes seront déplacées dans le dossier «&#xa0;deleted&#xa0;» du dossier des pièces jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="664"/>
        <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Sa pièce jointe (%n) sera déplacée dans le dossier «&#xa0;deleted&#xa0;» du dossier des pièces jointes.</numerusform>
            <numerusform>Ses %n pièces jointes seront déplacées dans le dossier «&#xa0;deleted&#xa0;» du dossier des pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="693"/>
        <source>Attach a file to the exchange of {0}</source>
        <translation>Joindre un fichier à l’échange du {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="710"/>
        <source>The copy of {0} is missing from the attachments folder ({1}).</source>
        <translation>La copie de {0} est absente du dossier des pièces jointes ({1}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="715"/>
        <source>No program on this computer opens {0}.</source>
        <translation>Aucun programme de cet ordinateur ne peut ouvrir {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="727"/>
        <source>This exchange has no attached files. Use “Attach file…” first.</source>
        <translation>Cet échange n’a aucune pièce jointe. Utilisez d’abord «&#xa0;Joindre un fichier…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="744"/>
        <source>Select a file in the list of attached files first.</source>
        <translation>Sélectionnez d’abord un fichier dans la liste des pièces jointes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="748"/>
        <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
        <translation>Retirer {0} de cet échange&#x202f;?

La copie est déplacée dans le dossier «&#xa0;deleted&#xa0;» du dossier des pièces jointes&#x202f;; votre fichier d’origine n’est pas modifié.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="118"/>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="126"/>
        <source>What is due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="120"/>
        <source>Everything that needs the committee&apos;s attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
        <translation>Tout ce qui demande l’attention du comité, pour l’ensemble de vos partenariats. Les points les plus urgents viennent en premier, marqués «&#xa0;En retard&#xa0;» ou «&#xa0;Maintenant&#xa0;». Double-cliquez sur une ligne, ou sélectionnez-la et appuyez sur Ouvrir, pour aller à l’étape correspondante.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="127"/>
        <source>Most urgent first. Press Enter to open the step.</source>
        <translation>Les plus urgents d’abord. Appuyez sur Entrée pour ouvrir l’étape.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="148"/>
        <source>Nothing is due. Well done.</source>
        <translation>Rien à faire pour l’instant. Bravo&#x202f;!</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="153"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="154"/>
        <source>Open the step for the selected line</source>
        <translation>Ouvrir l’étape de la ligne sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="189"/>
        <source>%n needs attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n point demande votre attention maintenant&#x202f;; à faire ensuite&#xa0;: {0}.</numerusform>
            <numerusform>%n points demandent votre attention maintenant&#x202f;; à faire ensuite&#xa0;: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="191"/>
        <source>%n need attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n point demande votre attention maintenant&#x202f;; à faire ensuite&#xa0;: {0}.</numerusform>
            <numerusform>%n points demandent votre attention maintenant&#x202f;; à faire ensuite&#xa0;: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPointsEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="155"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="156"/>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="157"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="158"/>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="161"/>
        <source>Industries</source>
        <translation>Activités économiques</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="162"/>
        <source>Main industries, separated by commas</source>
        <translation>Principales activités économiques, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="163"/>
        <source>e.g. wine, tourism, software</source>
        <translation>p. ex. vin, tourisme, logiciel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="164"/>
        <source>Academic institutions</source>
        <translation>Établissements d’enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="165"/>
        <source>Academic institutions by name</source>
        <translation>Établissements d’enseignement (noms)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="166"/>
        <source>Cultural institutions</source>
        <translation>Institutions culturelles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="167"/>
        <source>Cultural institutions by name</source>
        <translation>Institutions culturelles (noms)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="168"/>
        <source>Population:</source>
        <translation>Population&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="169"/>
        <source>Geography:</source>
        <translation>Géographie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="170"/>
        <source>Climate:</source>
        <translation>Climat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="171"/>
        <source>Industries:</source>
        <translation>Activités économiques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="172"/>
        <source>Schools and universities:</source>
        <translation>Écoles et universités&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="173"/>
        <location filename="../sistercity_desktop/ui/data_points.py" line="175"/>
        <source>… by name:</source>
        <translation>… par nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="174"/>
        <source>Culture:</source>
        <translation>Culture&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="97"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="102"/>
        <source>Pick a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="140"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date. Saisissez-la au format AAAA-MM-JJ, p. ex. 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation:</source>
        <translation>Formule d’appel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening:</source>
        <translation>Introduction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs:</source>
        <translation>Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing:</source>
        <translation>Formule de politesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="85"/>
        <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app&apos;s text.</source>
        <translation>Séparez les paragraphes par une ligne vide. Vos modifications sont conservées&#x202f;; «&#xa0;Reprendre le texte proposé&#xa0;» rétablit le texte de l’application.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Edit exchange</source>
        <translation>Modifier l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Add exchange</source>
        <translation>Ajouter un échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130"/>
        <source>When the letter, email, call or visit happened</source>
        <translation>Date de la lettre, de l’e-mail, de l’appel ou de la visite</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="136"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="139"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="142"/>
        <source>Our people</source>
        <translation>Nos participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143"/>
        <source>Who took part on our side</source>
        <translation>Qui a participé de notre côté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144"/>
        <source>Their people</source>
        <translation>Leurs participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145"/>
        <source>Who took part on the partner city&apos;s side</source>
        <translation>Qui a participé du côté de la ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="150"/>
        <source>What was said or agreed, in a sentence or two</source>
        <translation>Ce qui a été dit ou convenu, en une ou deux phrases</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="159"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="160"/>
        <source>S&amp;ent or received:</source>
        <translation>&amp;Envoyé ou reçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="161"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="162"/>
        <source>&amp;Our people:</source>
        <translation>&amp;Nos participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="163"/>
        <source>&amp;Their people:</source>
        <translation>&amp;Leurs participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="164"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sistercity_desktop/files.py" line="37"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="39"/>
        <source>Agreements are written in {languages}; &apos;{language}&apos; is not one of them.</source>
        <translation>Les chartes de jumelage sont rédigées dans les langues suivantes&#xa0;: {languages}&#x202f;; «&#xa0;{language}&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="73"/>
        <source>The area</source>
        <translation>Le domaine</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="80"/>
        <source>Unknown area of cooperation &apos;{area}&apos;.</source>
        <translation>Domaine de coopération «&#xa0;{area}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="90"/>
        <source>Unknown clause &apos;{clause}&apos;.</source>
        <translation>Clause «&#xa0;{clause}&#xa0;» inconnue.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="97"/>
        <source>The number of exchanges a year must be between 1 and 100.</source>
        <translation>Le nombre d’échanges par an doit être compris entre 1 et 100.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="106"/>
        <source>The place of signing</source>
        <translation>Le lieu de signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="197"/>
        <source>Choose the two originals or a plain bilingual copy.</source>
        <translation>Choisissez les deux originaux ou une copie bilingue simple.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="202"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="286"/>
        <source>Choose the partner city first (step 2).</source>
        <translation>Choisissez d’abord la ville partenaire (étape 2).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="207"/>
        <source>Agreements are written in {languages}; change the document language &apos;{language}&apos; first.</source>
        <translation>Les chartes de jumelage sont rédigées dans les langues suivantes&#xa0;: {languages}&#x202f;; changez d’abord la langue de document «&#xa0;{language}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="117"/>
        <source>The host is either our city or the partner city.</source>
        <translation>L’hôte est soit notre ville, soit la ville partenaire.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="133"/>
        <source>Unknown preset &apos;{key}&apos;; choose one of {choices}.</source>
        <translation>Déroulé type «&#xa0;{key}&#xa0;» inconnu&#x202f;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="151"/>
        <source>An event lasts from 1 to 600 minutes.</source>
        <translation>Un événement dure de 1 à 600 minutes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="153"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="219"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="42"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="98"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="156"/>
        <source>The partner&apos;s title</source>
        <translation>L’intitulé dans la langue du partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="158"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="160"/>
        <source>The cue</source>
        <translation>La note aux organisateurs</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="181"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="191"/>
        <source>That event no longer exists.</source>
        <translation>Cet événement n’existe plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="208"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Rôle «&#xa0;{role}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="210"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="28"/>
        <source>Side must be one of {choices}.</source>
        <translation>Le côté doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="218"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="40"/>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="227"/>
        <source>A gift is given or received.</source>
        <translation>Un cadeau est soit offert, soit reçu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="231"/>
        <source>The gift</source>
        <translation>Le cadeau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="234"/>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="236"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="372"/>
        <location filename="../sistercity_desktop/services/research.py" line="241"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="261"/>
        <source>Set the ceremony&apos;s date, start time and time zone first.</source>
        <translation>Indiquez d’abord la date, l’heure de début et le fuseau horaire de la cérémonie.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="75"/>
        <source>Add the order of events first (choose a preset).</source>
        <translation>Ajoutez d’abord le déroulé (choisissez un déroulé type).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="201"/>
        <source>Unknown ceremony document &apos;{kind}&apos;.</source>
        <translation>Document de cérémonie «&#xa0;{kind}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="54"/>
        <source>Set up your committee first (or run `sistercity demo`).</source>
        <translation>Configurez d’abord votre comité (ou lancez `sistercity demo`).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="79"/>
        <location filename="../sistercity_desktop/services/committee.py" line="157"/>
        <source>The committee&apos;s name</source>
        <translation>Le nom du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="81"/>
        <source>Your city&apos;s name</source>
        <translation>Le nom de votre ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="85"/>
        <location filename="../sistercity_desktop/services/committee.py" line="180"/>
        <source>Choose your city&apos;s country.</source>
        <translation>Choisissez le pays de votre ville.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="87"/>
        <location filename="../sistercity_desktop/services/committee.py" line="192"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="320"/>
        <location filename="../sistercity_desktop/services/research.py" line="212"/>
        <source>The population must be between 0 and 100 million.</source>
        <translation>La population doit être comprise entre 0 et 100 millions.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="90"/>
        <source>This data folder already has a committee.</source>
        <translation>Ce dossier de données contient déjà un comité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="97"/>
        <source>The official&apos;s name</source>
        <translation>Le nom de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="100"/>
        <source>The official&apos;s title</source>
        <translation>Le titre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="103"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="43"/>
        <source>The organisation</source>
        <translation>L’organisme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="108"/>
        <location filename="../sistercity_desktop/services/committee.py" line="160"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="33"/>
        <source>The email address</source>
        <translation>L’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="121"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="265"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="324"/>
        <source>Choose one of: {choices}.</source>
        <translation>Choisissez l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="128"/>
        <location filename="../sistercity_desktop/services/committee.py" line="196"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="252"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="276"/>
        <location filename="../sistercity_desktop/services/research.py" line="183"/>
        <location filename="../sistercity_desktop/services/research.py" line="189"/>
        <source>Unknown field &apos;{key}&apos;.</source>
        <translation>Champ «&#xa0;{key}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="162"/>
        <location filename="../sistercity_desktop/services/committee.py" line="170"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="35"/>
        <source>“{email}” does not look like an email address.</source>
        <translation>«&#xa0;{email}&#xa0;» ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="167"/>
        <source>The national body</source>
        <translation>L’organisme national</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="175"/>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="189"/>
        <source>“{value}” is not a whole number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="31"/>
        <source>Role must be one of {choices}.</source>
        <translation>Le rôle doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="46"/>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="81"/>
        <source>Direction must be one of {choices}.</source>
        <translation>Le sens (envoyé ou reçu) doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="84"/>
        <source>Channel must be one of {choices}.</source>
        <translation>Le canal doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="87"/>
        <source>An exchange cannot be dated in the future; plan it in the work plan.</source>
        <translation>Un échange ne peut pas être daté dans le futur&#x202f;; prévoyez-le dans le plan de travail.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="91"/>
        <source>Our people</source>
        <translation>Nos participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="93"/>
        <source>Their people</source>
        <translation>Leurs participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="95"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="148"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="113"/>
        <source>The summary</source>
        <translation>Le résumé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="114"/>
        <location filename="../sistercity_desktop/services/correspondence.py" line="160"/>
        <source>That entry no longer exists.</source>
        <translation>Cet échange n’existe plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="138"/>
        <location filename="../sistercity_desktop/store/backup.py" line="122"/>
        <source>{path} is not a file.</source>
        <translation>{path} n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="141"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} est trop volumineux pour être joint ({size}&#xa0;Mo&#x202f;; {limit}&#xa0;Mo au maximum).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="154"/>
        <source>Cannot copy {name}: {reason}.</source>
        <translation>Impossible de copier {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/demo.py" line="32"/>
        <source>This data folder already has a committee; use an empty data folder for the demo (--data-dir).</source>
        <translation>Ce dossier de données contient déjà un comité&#x202f;; utilisez un dossier de données vide pour la démo (--data-dir).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="53"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <translation>Type de document «&#xa0;{kind}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="74"/>
        <source>Give the partnership&apos;s id (at least its first 4 characters); `sistercity list --json` shows the ids.</source>
        <translation>Indiquez l’identifiant du partenariat (au moins ses 4 premiers caractères)&#x202f;; `sistercity list --json` affiche les identifiants.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="79"/>
        <source>No partnership has an id starting with &apos;{text}&apos;.</source>
        <translation>Aucun partenariat n’a d’identifiant commençant par «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/documents.py" line="82"/>
        <source>&apos;{text}&apos; matches %n partnership(s); give more of the id.</source>
        <translation>
            <numerusform>«&#xa0;{text}&#xa0;» correspond à %n partenariat&#x202f;; indiquez une plus grande partie de l’identifiant.</numerusform>
            <numerusform>«&#xa0;{text}&#xa0;» correspond à %n partenariats&#x202f;; indiquez une plus grande partie de l’identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="128"/>
        <source>Usage: sistercity document PARTNERSHIP_ID KIND --out DIR (see --list-kinds).</source>
        <translation>Utilisation&#xa0;: sistercity document PARTNERSHIP_ID KIND --out DIR (voir --list-kinds).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="132"/>
        <source>Unknown document kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>Type de document «&#xa0;{kind}&#xa0;» inconnu&#x202f;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="137"/>
        <source>Say where to write the document with --out DIR.</source>
        <translation>Indiquez où écrire le document avec --out DIR.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="41"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="158"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="148"/>
        <location filename="../sistercity_desktop/services/research.py" line="267"/>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="127"/>
        <source>An evaluation cannot be recorded for a future date.</source>
        <translation>Une évaluation ne peut pas être enregistrée à une date future.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="128"/>
        <source>An adjustment</source>
        <translation>Un ajustement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="136"/>
        <source>The next evaluation must come after this one.</source>
        <translation>La prochaine évaluation doit avoir lieu après celle-ci.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="69"/>
        <source>No evaluation has been recorded yet (step 7).</source>
        <translation>Aucune évaluation n’a encore été enregistrée (étape 7).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="95"/>
        <source>Unknown document &apos;{kind}&apos;.</source>
        <translation>Document «&#xa0;{kind}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="132"/>
        <source>Nothing to put in a calendar yet: no ceremony, evaluation or dated work plan item.</source>
        <translation>Rien à mettre dans un calendrier pour l’instant&#xa0;: ni cérémonie, ni évaluation, ni action datée du plan de travail.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="50"/>
        <source>Your policy already has questions; edit them instead.</source>
        <translation>Votre politique comporte déjà des questions&#x202f;; modifiez-les plutôt.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="58"/>
        <source>The question</source>
        <translation>La question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="61"/>
        <source>A question&apos;s weight is from 1 to 5.</source>
        <translation>Le poids d’une question va de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="99"/>
        <source>The source must be one of {choices}.</source>
        <translation>La provenance doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="103"/>
        <source>The country must be a two-letter code such as FR.</source>
        <translation>Le pays doit être un code à deux lettres, comme FR.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="108"/>
        <source>The city</source>
        <translation>La ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="111"/>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="123"/>
        <source>That inquiry no longer exists.</source>
        <translation>Cette demande n’existe plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="131"/>
        <source>That question is no longer in the policy.</source>
        <translation>Cette question ne fait plus partie de la politique.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="146"/>
        <location filename="../sistercity_desktop/services/research.py" line="265"/>
        <source>The decision must be one of {choices}.</source>
        <translation>La décision doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="85"/>
        <source>Unknown letter kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>Type de lettre «&#xa0;{kind}&#xa0;» inconnu&#x202f;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="89"/>
        <source>Letters are written in {choices}; &apos;{language}&apos; is not one of them.</source>
        <translation>Les lettres sont rédigées dans les langues suivantes&#xa0;: {choices}&#x202f;; «&#xa0;{language}&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="128"/>
        <source>Choose the partner city first (step 2): a letter needs a recipient.</source>
        <translation>Choisissez d’abord la ville partenaire (étape 2)&#xa0;: une lettre a besoin d’un destinataire.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="190"/>
        <source>A paragraph</source>
        <translation>Un paragraphe</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="192"/>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="194"/>
        <source>The subject</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="196"/>
        <source>The salutation</source>
        <translation>La formule d’appel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="197"/>
        <source>The opening</source>
        <translation>L’introduction</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="199"/>
        <source>The closing</source>
        <translation>La formule de politesse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="202"/>
        <source>The letter needs at least one paragraph.</source>
        <translation>La lettre doit comporter au moins un paragraphe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="267"/>
        <source>Layout must be one of {choices}.</source>
        <translation>La mise en page doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="51"/>
        <source>The email texts are missing from resources/email.</source>
        <translation>Les textes des e-mails sont absents de resources/email.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="106"/>
        <location filename="../sistercity_desktop/services/packets.py" line="169"/>
        <source>Unknown document &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>Document «&#xa0;{kind}&#xa0;» inconnu&#x202f;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="166"/>
        <source>Choose at least one document for the packet.</source>
        <translation>Choisissez au moins un document pour le dossier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="251"/>
        <source>Set the national sister cities body&apos;s email address first (File › Preferences).</source>
        <translation>Indiquez d’abord l’adresse e-mail de l’organisme national des jumelages (Fichier › Préférences).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="261"/>
        <source>Record the signing date first (step 6): this packet goes out after signing.</source>
        <translation>Enregistrez d’abord la date de signature (étape 6)&#xa0;: ce dossier est envoyé après la signature.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="125"/>
        <source>No partnership with id {pid}.</source>
        <translation>Aucun partenariat avec l’identifiant {pid}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="180"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="181"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="182"/>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="183"/>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="184"/>
        <source>Industries</source>
        <translation>Secteurs d’activité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="185"/>
        <source>Academic institutions</source>
        <translation>Établissements d’enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="186"/>
        <source>Cultural institutions</source>
        <translation>Institutions culturelles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="187"/>
        <source>Academic kinds</source>
        <translation>Types d’établissements d’enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="188"/>
        <source>Cultural kinds</source>
        <translation>Types d’institutions culturelles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="189"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="190"/>
        <source>Official name</source>
        <translation>Nom de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="191"/>
        <source>Official title</source>
        <translation>Fonction de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="192"/>
        <source>Local organisation</source>
        <translation>Organisation locale</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="193"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="194"/>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="195"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="196"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="209"/>
        <source>{label} cannot be empty.</source>
        <translation>{label} ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="211"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}&#xa0;: texte trop long ({length} caractères&#x202f;; {limit} au maximum).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="220"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="370"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="80"/>
        <source>Kind must be one of {choices}.</source>
        <translation>Le type doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="223"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="357"/>
        <source>The step must be between 1 and {last}.</source>
        <translation>L’étape doit être comprise entre 1 et {last}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="225"/>
        <source>The partner city</source>
        <translation>La ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="228"/>
        <source>Choose the partner city&apos;s country.</source>
        <translation>Choisissez le pays de la ville partenaire.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="261"/>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#x202f;; utilisez le format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="309"/>
        <source>Unknown city field &apos;{key}&apos;.</source>
        <translation>Champ de ville «&#xa0;{key}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="317"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="329"/>
        <source>The country must be a two-letter ISO code such as JP.</source>
        <translation>Le pays doit être un code ISO à deux lettres, comme JP.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="340"/>
        <source>Unknown checklist item &apos;{key}&apos;.</source>
        <translation>Point de la liste de contrôle «&#xa0;{key}&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="360"/>
        <source>Steps are taken in order; finish the ones before it first.</source>
        <translation>Les étapes se suivent dans l’ordre&#x202f;; terminez d’abord les étapes précédentes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="88"/>
        <source>The limit must be between 1 and 500.</source>
        <translation>La limite doit être comprise entre 1 et 500.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="125"/>
        <source>No city with GeoNames id {geonameid} in the gazetteer.</source>
        <translation>Aucune ville avec l’identifiant GeoNames {geonameid} dans le répertoire des villes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="130"/>
        <location filename="../sistercity_desktop/services/research.py" line="149"/>
        <source>{city} is already a candidate.</source>
        <translation>{city} est déjà une ville candidate.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="140"/>
        <source>The city&apos;s name</source>
        <translation>Le nom de la ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="144"/>
        <source>Choose the candidate city&apos;s country.</source>
        <translation>Choisissez le pays de la ville candidate.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="162"/>
        <source>That candidate no longer exists.</source>
        <translation>Cette ville candidate n’existe plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="173"/>
        <source>The strength of the historical tie</source>
        <translation>La force des liens historiques</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="175"/>
        <source>The strength of the historical tie is from 0 (none) to 3.</source>
        <translation>La force des liens historiques va de 0 (aucun) à 3.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="202"/>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation>{label}&#xa0;: «&#xa0;{value}&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="210"/>
        <source>The population</source>
        <translation>La population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="219"/>
        <source>Choose a climate from: {choices}.</source>
        <translation>Choisissez un climat parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="225"/>
        <source>Unknown kind &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>Type «&#xa0;{kind}&#xa0;» inconnu&#x202f;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="233"/>
        <source>The kind of tie must be one of {choices}.</source>
        <translation>Le type de relation doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="236"/>
        <source>A tie&apos;s strength is 1 (slight), 2 (real) or 3 (strong).</source>
        <translation>L’intensité d’une relation est de 1 (faible), 2 (réelle) ou 3 (forte).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="275"/>
        <source>{city} is already chosen; set it back to “considering” first.</source>
        <translation>{city} est déjà choisie&#x202f;; remettez-la d’abord «&#xa0;à l’étude&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="372"/>
        <source>Your city&apos;s position is unknown, so distance cannot be used: pick your city from the gazetteer in the research step first.</source>
        <translation>La position de votre ville est inconnue, la distance ne peut donc pas être utilisée&#xa0;: choisissez d’abord votre ville dans le répertoire des villes, à l’étape de recherche.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="392"/>
        <source>Enter your city&apos;s population first (File › Committee and city).</source>
        <translation>Indiquez d’abord la population de votre ville (Fichier › Comité et ville).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="162"/>
        <source>Not a valid data file: {where}: {problem}.</source>
        <translation>Fichier de données non valide&#xa0;: {where}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="170"/>
        <source>more than {count} records</source>
        <translation>plus de {count} enregistrements</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="173"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="177"/>
        <source>unknown field {field}</source>
        <translation>champ inconnu {field}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="184"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>champ «&#xa0;{field}&#xa0;» manquant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="192"/>
        <source>{value} is not a UUID</source>
        <translation>{value} n’est pas un UUID</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="195"/>
        <source>duplicate id {id}</source>
        <translation>identifiant en double {id}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="202"/>
        <source>must not be empty (null)</source>
        <translation>ne doit pas être vide (null)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="207"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="211"/>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="215"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="217"/>
        <source>expected an ordinary number</source>
        <translation>nombre ordinaire attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="221"/>
        <source>expected a date as text (YYYY-MM-DD)</source>
        <translation>date attendue sous forme de texte (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="226"/>
        <source>{value} is not a valid date</source>
        <translation>{value} n’est pas une date valide</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="230"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="233"/>
        <source>text with broken characters (lone surrogates)</source>
        <translation>texte contenant des caractères corrompus (demi-codets isolés)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="236"/>
        <source>text longer than {limit} characters</source>
        <translation>texte de plus de {limit} caractères</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="240"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ne fait pas partie des valeurs possibles&#xa0;: {choices}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="244"/>
        <source>unsupported value</source>
        <translation>valeur non prise en charge</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="256"/>
        <source>must be between 1 and {last}</source>
        <translation>doit être compris entre 1 et {last}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="265"/>
        <location filename="../sistercity_desktop/services/transfer.py" line="317"/>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="272"/>
        <source>the same checklist item appears twice</source>
        <translation>le même point de la liste de contrôle apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="277"/>
        <source>Not a valid data file: {name} is not a number this app stores.</source>
        <translation>Fichier de données non valide&#xa0;: {name} n’est pas un nombre accepté par cette application.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="287"/>
        <source>Not a valid data file: not JSON ({error}, line {line}).</source>
        <translation>Fichier de données non valide&#xa0;: ce n’est pas du JSON ({error}, ligne {line}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="291"/>
        <source>Not a valid data file: it is nested far too deeply.</source>
        <translation>Fichier de données non valide&#xa0;: son imbrication est beaucoup trop profonde.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="294"/>
        <source>Not a valid data file: it holds a number too long to read.</source>
        <translation>Fichier de données non valide&#xa0;: il contient un nombre trop long pour être lu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="297"/>
        <source>Not a Sister City Desktop data file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>Ce n’est pas un fichier de données Sister City Desktop (pas de &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="301"/>
        <source>Not a valid data file: unknown field {field}.</source>
        <translation>Fichier de données non valide&#xa0;: champ inconnu {field}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="307"/>
        <source>Unsupported data file version {shown}; this app reads version {version}.</source>
        <translation>Version de fichier de données non prise en charge ({shown})&#x202f;; cette application lit la version {version}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="339"/>
        <source>The data file conflicts with what is already stored ({error}); nothing was imported.</source>
        <translation>Le fichier de données est en conflit avec les données déjà enregistrées ({error})&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="370"/>
        <source>This data folder belongs to {ours}; the file is for another committee ({theirs}). Import it into an empty data folder.</source>
        <translation>Ce dossier de données appartient à {ours}&#x202f;; le fichier concerne un autre comité ({theirs}). Importez-le dans un dossier de données vide.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="388"/>
        <source>{path} is too large for a data file ({size} bytes).</source>
        <translation>{path} est trop volumineux pour un fichier de données ({size} octets).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="393"/>
        <source>No such file: {path}.</source>
        <translation>Fichier introuvable&#xa0;: {path}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="396"/>
        <source>Not a valid data file: {path} is not UTF-8 text.</source>
        <translation>Fichier de données non valide&#xa0;: {path} n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="399"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>Impossible de lire {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="58"/>
        <source>A goal is short-term (within a year) or long-term.</source>
        <translation>Un objectif est à court terme (dans l’année) ou à long terme.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="61"/>
        <source>The goal</source>
        <translation>L’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="64"/>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="83"/>
        <source>Term must be short or long.</source>
        <translation>L’échéance doit être à court ou à long terme.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="85"/>
        <source>Status must be one of {choices}.</source>
        <translation>Le statut doit être l’une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="88"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="90"/>
        <source>The budget must be a positive amount.</source>
        <translation>Le budget doit être un montant positif.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="92"/>
        <source>The number of participants must be between 0 and 1,000,000.</source>
        <translation>Le nombre de participants doit être compris entre 0 et 1&#x202f;000&#x202f;000.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="95"/>
        <source>That goal belongs to another partnership or was deleted.</source>
        <translation>Cet objectif appartient à un autre partenariat ou a été supprimé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="101"/>
        <source>The owner</source>
        <translation>Le responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="105"/>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="123"/>
        <source>That work plan item no longer exists.</source>
        <translation>Cette action du plan de travail n’existe plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="88"/>
        <source>Cannot create {path}: {error}.</source>
        <translation>Impossible de créer {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="94"/>
        <source>{path} already exists; choose another folder or remove it first.</source>
        <translation>{path} existe déjà&#x202f;; choisissez un autre dossier ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="125"/>
        <source>Cannot write the packet in {path}: {error}. Nothing was left behind.</source>
        <translation>Impossible d’écrire le dossier dans {path}&#xa0;: {error}. Aucun fichier partiel n’a été laissé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="70"/>
        <source>Could not copy the database to {path}: {error}.</source>
        <translation>Impossible de copier la base de données vers {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="132"/>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} n’est pas une base de données lisible ({error}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="135"/>
        <source>{name} is damaged ({details}).</source>
        <translation>{name} est endommagé ({details}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="137"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="139"/>
        <source>{name} is not a Sister City Desktop store.</source>
        <translation>{name} n’est pas une base Sister City Desktop.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="94"/>
        <source>Cannot use the data folder {folder}: {error}.</source>
        <translation>Impossible d’utiliser le dossier de données {folder}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="102"/>
        <source>The data file {path} cannot be read: {reason} Nothing was changed; restore a backup (`sistercity restore`) or move the file aside.</source>
        <translation>Impossible de lire le fichier de données {path}&#xa0;: {reason} Rien n’a été modifié&#x202f;; restaurez une sauvegarde (`sistercity restore`) ou mettez le fichier de côté.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="119"/>
        <location filename="../sistercity_desktop/store/db.py" line="163"/>
        <source>{path} is not a Sister City Desktop database (it is not an SQLite file).</source>
        <translation>{path} n’est pas une base de données Sister City Desktop (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="123"/>
        <source>{path} is an SQLite database, but not one of Sister City Desktop&apos;s.</source>
        <translation>{path} est une base de données SQLite, mais pas une base de Sister City Desktop.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="138"/>
        <source>{path} was written by a newer version of Sister City Desktop (schema {schema}); please update the app.</source>
        <translation>{path} a été écrit par une version plus récente de Sister City Desktop (schéma {schema})&#x202f;; veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="169"/>
        <source>the integrity check found damage ({details}).</source>
        <translation>la vérification d’intégrité a détecté des dommages ({details}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="185"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="200"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="229"/>
        <source>Cannot restore: {problem}</source>
        <translation>Impossible de restaurer&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="159"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="167"/>
        <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
        <translation>Une fois par an, faites le bilan avec la ville partenaire&#xa0;: ce que prévoyait le plan de travail, ce qui s’est passé et ce qu’il faut changer. L’application rassemble les faits qu’elle connaît&#x202f;; le comité apporte son jugement.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="180"/>
        <source>What the app knows</source>
        <translation>Ce que sait l’application</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="182"/>
        <source>Partnership health</source>
        <translation>État du partenariat</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="189"/>
        <source>Health:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="201"/>
        <source>Record an evaluation</source>
        <translation>Enregistrer une évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="204"/>
        <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
        <translation>Notez chaque volet de 1 (insuffisant) à 5 (très bien) et indiquez ce qui le montre&#xa0;: chiffres, événements, propos recueillis. Laissez un volet «&#xa0;non noté&#xa0;» si personne ne peut en juger.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Part and question</source>
        <translation>Volet et question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Evidence</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220"/>
        <source>{0} rating</source>
        <translation>Note – {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="221"/>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224"/>
        <source>{0} evidence</source>
        <translation>Constats – {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="225"/>
        <source>What shows it?</source>
        <translation>Qu’est-ce qui le montre&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236"/>
        <source>Adjustments to the work plan</source>
        <translation>Ajustements du plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="237"/>
        <source>One change per line; each line becomes a new item in the work plan</source>
        <translation>Un changement par ligne&#x202f;; chaque ligne devient une nouvelle action du plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="240"/>
        <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
        <translation>Un changement par ligne, p. ex. «&#xa0;Trouver un responsable à Tartu pour l’échange sur les services en ligne&#xa0;»</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="243"/>
        <source>The committee&apos;s conclusion in a few sentences; it opens the evaluation report</source>
        <translation>La conclusion du comité en quelques phrases&#x202f;; elle ouvre le rapport d’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247"/>
        <source>The day the committee evaluated</source>
        <translation>Le jour où le comité a mené l’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="399"/>
        <source>Next evaluation</source>
        <translation>Prochaine évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="249"/>
        <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
        <translation>Proposée&#xa0;: un an après celle-ci. Un délai de 6 à 24 mois est recommandé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="256"/>
        <source>Ad&amp;justments:</source>
        <translation>A&amp;justements&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="259"/>
        <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
        <translation>Chaque ligne devient une nouvelle action du plan de travail, pour que le changement soit suivi.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="263"/>
        <source>Ne&amp;xt evaluation:</source>
        <translation>Prochaine é&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="267"/>
        <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
        <translation>Proposée&#xa0;: un an après cette évaluation. Une date hors de l’intervalle de 6 à 24 mois doit être justifiée.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275"/>
        <source>&amp;Record evaluation</source>
        <translation>&amp;Enregistrer l’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="276"/>
        <source>Record evaluation</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="303"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305"/>
        <source>Past evaluations</source>
        <translation>Évaluations précédentes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="306"/>
        <source>Newest first</source>
        <translation>Les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310"/>
        <source>Evaluation repor&amp;t…</source>
        <translation>Rapp&amp;ort d’évaluation…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311"/>
        <source>Evaluation report</source>
        <translation>Rapport d’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="312"/>
        <source>Preview, print or save the latest evaluation as a PDF</source>
        <translation>Prévisualiser, imprimer ou enregistrer la dernière évaluation en PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="326"/>
        <source>Score {0} of 100</source>
        <translation>Score&#xa0;: {0} sur 100</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="335"/>
        <source>{0}:</source>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="342"/>
        <source>Adjustments:</source>
        <translation>Ajustements&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="346"/>
        <source>No evaluation recorded yet.</source>
        <translation>Aucune évaluation enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="387"/>
        <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
        <translation>{0}&#xa0;: choisissez une note de 1 à 5 pour les constats saisis, ou effacez-les.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="401"/>
        <source>Say on which day the evaluation was held.</source>
        <translation>Indiquez le jour où l’évaluation a eu lieu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="404"/>
        <source>Rate at least one part or write a summary before recording.</source>
        <translation>Notez au moins un volet ou rédigez un résumé avant d’enregistrer.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418"/>
        <source>Next evaluation date</source>
        <translation>Date de la prochaine évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="419"/>
        <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
        <translation>{0}

Conserver quand même cette date&#x202f;? Indiquez pourquoi (par exemple, élections municipales ou visite prévue)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="422"/>
        <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
        <translation>Pas encore enregistrée&#xa0;: choisissez une autre date de prochaine évaluation, ou donnez une raison.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="426"/>
        <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
        <translation>Non enregistrée&#xa0;: une date hors de l’intervalle de 6 à 24 mois doit être justifiée.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="438"/>
        <source>Evaluation of {0} recorded.</source>
        <translation>Évaluation du {0} enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="440"/>
        <source>%n adjustment was added to the work plan as new items.</source>
        <translation>
            <numerusform>%n ajustement a été ajouté au plan de travail comme nouvelle action.</numerusform>
            <numerusform>%n ajustements ont été ajoutés au plan de travail comme nouvelles actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="443"/>
        <source>%n adjustments were added to the work plan as new items.</source>
        <translation>
            <numerusform>%n ajustement a été ajouté au plan de travail comme nouvelle action.</numerusform>
            <numerusform>%n ajustements ont été ajoutés au plan de travail comme nouvelles actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="455"/>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="55"/>
        <source>Export a packet</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="64"/>
        <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
        <translation>Choisissez les documents de {0} à partager. Vous obtenez chaque PDF, un PDF réunissant tout (avec signets), les données et un court README.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="66"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="74"/>
        <source>Not ready yet for this partnership.</source>
        <translation>Pas encore prêt pour ce partenariat.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="79"/>
        <source>Save in folder</source>
        <translation>Enregistrer dans le dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="80"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Choisir le dossier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One &amp;ZIP file</source>
        <translation>Un fichier &amp;ZIP</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One ZIP file</source>
        <translation>Un fichier ZIP</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A &amp;folder</source>
        <translation>Un &amp;dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A folder</source>
        <translation>Un dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="85"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="87"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="88"/>
        <source>Save in:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="98"/>
        <source>Email draft</source>
        <translation>Brouillon d’e-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="101"/>
        <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
        <translation>Après l’export, créez un brouillon d’e-mail que votre messagerie ouvre comme nouveau message, fichiers joints (cela fonctionne hors ligne&#x202f;; envoyez-le une fois en ligne).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="103"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="114"/>
        <source>Email language</source>
        <translation>Langue de l’e-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="119"/>
        <source>Make &amp;email draft</source>
        <translation>Créer un &amp;brouillon d’e-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="122"/>
        <source>Open as &amp;plain email (no attachments)</source>
        <translation>Ouvrir en e-mail &amp;simple (sans pièces jointes)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="125"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="136"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="139"/>
        <source>&amp;Show in its folder</source>
        <translation>&amp;Afficher dans son dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="154"/>
        <source>Save the packet in</source>
        <translation>Enregistrer le dossier dans</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="201"/>
        <source>Preparing the documents…</source>
        <translation>Préparation des documents…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="167"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="178"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="200"/>
        <source>Preparing: {0}</source>
        <translation>Préparation&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="212"/>
        <source>Written: {0}</source>
        <translation>Écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="240"/>
        <source>Large attachments</source>
        <translation>Pièces jointes volumineuses</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="241"/>
        <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
        <translation>Les pièces jointes dépassent 10&#xa0;Mo&#x202f;; beaucoup de serveurs de messagerie les refusent. Créer quand même le brouillon&#x202f;? (Ou exportez un ZIP, ou moins de documents.)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="253"/>
        <source>Email draft written: {0}</source>
        <translation>Brouillon d’e-mail écrit&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="89"/>
        <source>Work plan timeline</source>
        <translation>Calendrier du plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="111"/>
        <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
        <translation>{0} actions du {1} au {2}&#x202f;; {3} en retard&#x202f;; {4} sans dates. Le tableau ci-dessus liste les mêmes actions.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="182"/>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="229"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="185"/>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="189"/>
        <source>no dates</source>
        <translation>sans dates</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="192"/>
        <source>{0} (pilot, overdue)</source>
        <translation>{0} (pilote, en retard)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="194"/>
        <source>{0} (pilot)</source>
        <translation>{0} (pilote)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="196"/>
        <source>{0} (overdue)</source>
        <translation>{0} (en retard)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="213"/>
        <source>Nothing planned yet: add a programme or exchange above.</source>
        <translation>Rien de prévu pour l’instant&#xa0;: ajoutez un programme ou un échange ci-dessus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="226"/>
        <source>planned or in progress</source>
        <translation>prévu ou en cours</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="227"/>
        <source>★ pilot</source>
        <translation>★ pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="228"/>
        <source>done or cancelled</source>
        <translation>terminé ou annulé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="241"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="289"/>
        <source>No dates (add a start or end date to place these on the timeline):</source>
        <translation>Sans dates (ajoutez une date de début ou de fin pour les placer sur le calendrier)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="292"/>
        <source>{0} — no dates</source>
        <translation>{0} — sans dates</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="295"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="104"/>
        <source>No contact recorded yet</source>
        <translation>Aucun contact consigné pour l’instant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="108"/>
        <source>Last contact less than a month ago</source>
        <translation>Dernier contact il y a moins d’un mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="109"/>
        <source>Last contact %n month(s) ago</source>
        <translation>
            <numerusform>Dernier contact il y a %n mois</numerusform>
            <numerusform>Dernier contact il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="118"/>
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n mois</numerusform>
            <numerusform>Aucun contact depuis %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="148"/>
        <source>{held} of %n planned exchange(s) held</source>
        <translation>
            <numerusform>Échange réalisé&#xa0;: {held} sur %n prévu</numerusform>
            <numerusform>Échanges réalisés&#xa0;: {held} sur %n prévus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="156"/>
        <source>No exchanges due in the work plan so far</source>
        <translation>Aucun échange n’était prévu à ce jour dans le plan de travail</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="160"/>
        <source>Activity in %n sector(s)</source>
        <translation>
            <numerusform>Activité dans %n secteur</numerusform>
            <numerusform>Activité dans %n secteurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="163"/>
        <source>No activity in any sector in the last 2 years</source>
        <translation>Aucune activité, tous secteurs confondus, depuis 2 ans</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="165"/>
        <source>Activity in only %n sector(s)</source>
        <translation>
            <numerusform>Activité dans %n secteur seulement</numerusform>
            <numerusform>Activité dans %n secteurs seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="170"/>
        <source>%n participant(s) in the last year</source>
        <translation>
            <numerusform>%n participant sur les douze derniers mois</numerusform>
            <numerusform>%n participants sur les douze derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="174"/>
        <source>No participants in the last year</source>
        <translation>Aucun participant sur les douze derniers mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="177"/>
        <source>Only %n participant(s) in the last year</source>
        <translation>
            <numerusform>Seulement %n participant sur les douze derniers mois</numerusform>
            <numerusform>Seulement %n participants sur les douze derniers mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="183"/>
        <source>%n work plan item(s) overdue</source>
        <translation>
            <numerusform>%n action du plan de travail en retard</numerusform>
            <numerusform>%n actions du plan de travail en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="187"/>
        <source>Evaluation overdue (due {day})</source>
        <translation>Évaluation en retard (prévue le {day})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="193"/>
        <source>Signed less than a month ago: still settling in</source>
        <translation>Charte signée il y a moins d’un mois&#xa0;: le partenariat se met en place</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="195"/>
        <source>Signed %n month(s) ago: still settling in</source>
        <translation>
            <numerusform>Charte signée il y a %n mois&#xa0;: le partenariat se met en place</numerusform>
            <numerusform>Charte signée il y a %n mois&#xa0;: le partenariat se met en place</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="217"/>
        <source>Agreement not signed yet</source>
        <translation>Charte de jumelage pas encore signée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="218"/>
        <source>Agreement to be signed on {day}</source>
        <translation>Signature de la charte de jumelage prévue le {day}</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="146"/>
        <source>Inquiries and policy</source>
        <translation>Demandes et politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="180"/>
        <source>Your &amp;policy</source>
        <translation>Votre &amp;politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="183"/>
        <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
        <translation>Convenez de quelques questions à poser pour chaque demande de partenariat, qu’elle vienne d’une ville étrangère ou d’habitants de votre ville. Elles vous aident à traiter de nombreuses demandes et à choisir des relations que vous pourrez entretenir. Une demande doit obtenir Oui à chaque question obligatoire&#x202f;; le poids (1 à 5) indique combien compte une question facultative.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Policy questions</source>
        <translation>Questions de la politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="189"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <source>&amp;Remove question</source>
        <translation>&amp;Retirer la question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="583"/>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="200"/>
        <source>Remove the selected question from the policy</source>
        <translation>Retirer la question sélectionnée de la politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use su&amp;ggested questions</source>
        <translation>Utiliser les questions &amp;suggérées</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use suggested questions</source>
        <translation>Utiliser les questions suggérées</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="204"/>
        <source>Start from seven common questions; you can remove or add questions afterwards</source>
        <translation>Partir de sept questions courantes&#x202f;; vous pourrez ensuite en retirer ou en ajouter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="212"/>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216"/>
        <source>e.g. The city has a direct train or flight to ours</source>
        <translation>p. ex. La ville a une liaison directe en train ou en avion avec la nôtre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217"/>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="218"/>
        <source>A question answered Yes or No per inquiry</source>
        <translation>Une question à laquelle on répond Oui ou Non pour chaque demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="220"/>
        <source>New &amp;question:</source>
        <translation>Nouvelle &amp;question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225"/>
        <source>Req&amp;uired</source>
        <translation>O&amp;bligatoire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="227"/>
        <source>A required question must be answered Yes for the request to meet the policy</source>
        <translation>Une question obligatoire doit recevoir Oui pour que la demande soit conforme à la politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="232"/>
        <source>How much an optional question counts, 1 to 5</source>
        <translation>Importance d’une question facultative, de 1 à 5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="235"/>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter la question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="250"/>
        <source>I&amp;nquiries</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="259"/>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an &amp;inquiry…</source>
        <translation>&amp;Enregistrer une demande…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an inquiry</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="269"/>
        <source>Note a request to partner from a city abroad or from local residents</source>
        <translation>Noter une demande de partenariat d’une ville étrangère ou d’habitants de votre ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <source>Remo&amp;ve inquiry</source>
        <translation>Re&amp;tirer la demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="616"/>
        <source>Remove inquiry</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="273"/>
        <source>Remove the selected inquiry</source>
        <translation>Retirer la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="283"/>
        <source>Select an inquiry above to answer your policy questions and record the committee&apos;s decision.</source>
        <translation>Sélectionnez une demande ci-dessus pour répondre aux questions de votre politique et enregistrer la décision du comité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="318"/>
        <source>Policy check</source>
        <translation>Conformité à la politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="325"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="328"/>
        <source>Why the committee decided this (needed unless the decision is still pending)</source>
        <translation>Pourquoi le comité a pris cette décision (obligatoire sauf si la décision est en attente)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331"/>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332"/>
        <source>Record d&amp;ecision</source>
        <translation>Enre&amp;gistrer la décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="333"/>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="335"/>
        <source>&amp;Decision:</source>
        <translation>Dé&amp;cision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="337"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="340"/>
        <source>Recorded decision</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="376"/>
        <source>Weight counts only for optional questions</source>
        <translation>Le poids ne compte que pour les questions facultatives</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="417"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="420"/>
        <source>from {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="421"/>
        <source>received {0}</source>
        <translation>reçue le {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423"/>
        <source>contact: {0}</source>
        <translation>contact&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="425"/>
        <source>No summary was noted.</source>
        <translation>Aucun résumé n’a été noté.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="446"/>
        <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
        <translation>Votre politique ne comporte encore aucune question. Ajoutez-en à gauche, ou utilisez les questions suggérées.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="451"/>
        <source>{0} (required)</source>
        <translation>{0} (obligatoire)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="457"/>
        <source>Required question</source>
        <translation>Question obligatoire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="458"/>
        <source>Optional question, weight {0}</source>
        <translation>Question facultative, poids {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="479"/>
        <source>No policy questions yet, so there is nothing to weigh.</source>
        <translation>Pas encore de questions dans la politique&#xa0;: rien à évaluer.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="486"/>
        <source>Policy check:</source>
        <translation>Conformité à la politique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="487"/>
        <source>The policy is a guide; the committee decides.</source>
        <translation>La politique est un guide&#x202f;; c’est le comité qui décide.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="500"/>
        <source>No decision recorded yet. Note: {0}</source>
        <translation>Aucune décision enregistrée pour l’instant. Remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501"/>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="503"/>
        <source>Recorded: {0} on {1}. Reason: {2}</source>
        <translation>Enregistrée&#xa0;: {0} le {1}. Motif&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="506"/>
        <source>Recorded: {0}. Reason: {1}</source>
        <translation>Enregistrée&#xa0;: {0}. Motif&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="584"/>
        <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
        <translation>Retirer «&#xa0;{0}&#xa0;» de votre politique&#x202f;? Les réponses déjà données ne compteront plus.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="617"/>
        <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
        <translation>Retirer la demande de {0} reçue le {1}, avec ses réponses et sa décision&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="637"/>
        <source>Select an inquiry first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="656"/>
        <source>Record an inquiry</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="663"/>
        <source>The city abroad the request is about</source>
        <translation>La ville étrangère concernée par la demande</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669"/>
        <source>What they ask for and why</source>
        <translation>Ce qui est demandé et pourquoi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="671"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>&amp;From:</source>
        <translation>Provenan&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Co&amp;ntact name:</source>
        <translation>&amp;Nom du contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>&amp;Received on (YYYY-MM-DD):</source>
        <translation>&amp;Date de réception (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>Received on</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="699"/>
        <source>Choose the country from the list (type part of its name).</source>
        <translation>Choisissez le pays dans la liste (tapez une partie de son nom).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219"/>
        <source>Edit programme or exchange</source>
        <translation>Modifier le programme ou l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220"/>
        <source>Add a programme or exchange</source>
        <translation>Ajouter un programme ou un échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224"/>
        <source>What will happen, in a few words</source>
        <translation>Ce qui va se passer, en quelques mots</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225"/>
        <source>e.g. Summer youth soccer exchange</source>
        <translation>p. ex. Échange estival de football pour les jeunes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Term</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Short term is within a year</source>
        <translation>Court terme&#xa0;: dans l’année</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232"/>
        <source>This is the &amp;pilot programme</source>
        <translation>C’est le programme &amp;pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233"/>
        <source>Pilot programme</source>
        <translation>Programme pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234"/>
        <source>The first, small programme that tests the partnership</source>
        <translation>Le premier programme, modeste, qui met le partenariat à l’épreuve</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Who makes sure it happens</source>
        <translation>Qui veille à sa réalisation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>When it should be finished</source>
        <translation>Date à laquelle il doit être terminé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242"/>
        <source>An amount in your currency; leave empty if unknown</source>
        <translation>Un montant dans votre devise&#x202f;; laissez vide s’il est inconnu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243"/>
        <source>e.g. 2500</source>
        <translation>p. ex. 2500</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245"/>
        <source>How many people take part</source>
        <translation>Nombre de personnes participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246"/>
        <source>e.g. 12</source>
        <translation>p. ex. 12</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>The work plan goal this serves</source>
        <translation>L’objectif du plan de travail auquel il contribue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248"/>
        <source>No goal</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279"/>
        <source>Te&amp;rm:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>Parti&amp;cipants:</source>
        <translation>Parti&amp;cipants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309"/>
        <source>The budget</source>
        <translation>Le budget</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310"/>
        <source>The number of participants</source>
        <translation>Le nombre de participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="316"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>LetterPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="125"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="130"/>
        <source>The letter is written in the partner&apos;s language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
        <translation>La lettre est rédigée dans la langue du partenaire, selon ses usages protocolaires, avec une traduction de courtoisie dans la vôtre. Vérifiez le texte proposé, ajustez-le, puis prévisualisez et imprimez.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="134"/>
        <source>Kind of letter</source>
        <translation>Type de lettre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="138"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="139"/>
        <source>Courtesy copy language</source>
        <translation>Langue de la traduction de courtoisie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="140"/>
        <source>No courtesy copy</source>
        <translation>Pas de traduction de courtoisie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="145"/>
        <source>Two letters</source>
        <translation>Deux lettres</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="146"/>
        <source>Courtesy copy as a second letter</source>
        <translation>Traduction de courtoisie en seconde lettre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="147"/>
        <source>Parallel columns</source>
        <translation>Colonnes parallèles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="148"/>
        <source>Courtesy copy in a column</source>
        <translation>Traduction de courtoisie en colonne</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="150"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="152"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="159"/>
        <source>&amp;Courtesy copy:</source>
        <translation>&amp;Traduction de courtoisie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="160"/>
        <source>Layout:</source>
        <translation>Mise en page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="161"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="165"/>
        <source>Letter wording by language</source>
        <translation>Texte de la lettre par langue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="171"/>
        <source>Use the proposed &amp;wording</source>
        <translation>Reprendre le te&amp;xte proposé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="173"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Aperçu et impression…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="175"/>
        <source>Mark as &amp;sent today</source>
        <translation>Marquer comme &amp;envoyée aujourd’hui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="212"/>
        <source>{0} (edited)</source>
        <translation>{0} (modifié)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="223"/>
        <source>Use the proposed wording</source>
        <translation>Reprendre le texte proposé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="224"/>
        <source>Replace your edits of this letter with the wording the app proposes?</source>
        <translation>Remplacer vos modifications de cette lettre par le texte proposé par l’application&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="238"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="267"/>
        <source>Recorded in the correspondence.</source>
        <translation>Consignée dans la correspondance.</translation>
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
        <translation>Partenariats</translation>
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
        <translation>À fai&amp;re</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="116"/>
        <source>Everything due across your partnerships (Ctrl+D)</source>
        <translation>Tout ce qui est à faire dans vos partenariats (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="122"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="210"/>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nouveau partenariat…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="130"/>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="147"/>
        <source>Every change is saved as you make it.</source>
        <translation>Chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Committee and city…</source>
        <translation>&amp;Comité et ville…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Inquiries and policy…</source>
        <translation>&amp;Demandes et politique…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="249"/>
        <source>&amp;About Sister City Desktop</source>
        <translation>À &amp;propos de Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="270"/>
        <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
        <translation>Aucun partenariat pour l’instant.

Choisissez Fichier › Nouveau partenariat (Ctrl+N) pour en créer un.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="307"/>
        <source>Partnership created.</source>
        <translation>Partenariat créé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="336"/>
        <source>Export packet</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="337"/>
        <source>Open a partnership first, then export its documents.</source>
        <translation>Ouvrez d’abord un partenariat, puis exportez ses documents.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="380"/>
        <source>Could not save window size: {0}</source>
        <translation>Impossible d’enregistrer la taille de la fenêtre&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="161"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="162"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>NewPartnershipWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="33"/>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="37"/>
        <source>Who is the partner?</source>
        <translation>Qui est le partenaire&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="38"/>
        <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
        <translation>Si vous n’avez pas encore choisi de ville, commencez par la recherche et comparez d’abord les villes candidates.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="41"/>
        <source>We have not chosen a partner city yet</source>
        <translation>Nous n’avons pas encore choisi de ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="42"/>
        <source>Partner not chosen yet</source>
        <translation>Partenaire pas encore choisi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="43"/>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="44"/>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="45"/>
        <source>Kind of partnership</source>
        <translation>Type de partenariat</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="46"/>
        <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
        <translation>Une ville jumelle est liée par un partenariat complet et sans limite de durée&#x202f;; une ville amie, par un lien plus léger, souvent une première étape.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="51"/>
        <source>Partner &amp;city:</source>
        <translation>&amp;Ville partenaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="52"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="53"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="54"/>
        <source>Starting step</source>
        <translation>Étape de départ</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="55"/>
        <source>For a partnership already under way, start at the step it has reached.</source>
        <translation>Pour un partenariat déjà engagé, commencez à l’étape atteinte.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="58"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="59"/>
        <source>&amp;Starting at step:</source>
        <translation>&amp;Commencer à l’étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="63"/>
        <source>Document languages</source>
        <translation>Langues des documents</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="64"/>
        <source>Letters and the agreement are written in both languages.</source>
        <translation>Les lettres et la charte de jumelage sont rédigées dans les deux langues.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="66"/>
        <source>Partner&apos;s language</source>
        <translation>Langue du partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="67"/>
        <source>Our language</source>
        <translation>Notre langue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="70"/>
        <source>&amp;Partner&apos;s language:</source>
        <translation>Langue du &amp;partenaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="71"/>
        <source>&amp;Our language:</source>
        <translation>&amp;Notre langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="92"/>
        <source>Suggested from the country&apos;s official language: {0}. Change it if the city uses another.</source>
        <translation>Proposée d’après la langue officielle du pays&#xa0;: {0}. Changez-la si la ville en utilise une autre.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="100"/>
        <source>Enter the partner city&apos;s name, or tick “not chosen yet”.</source>
        <translation>Saisissez le nom de la ville partenaire, ou cochez «&#xa0;Nous n’avons pas encore choisi de ville partenaire&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="104"/>
        <source>Choose the partner city&apos;s country from the list.</source>
        <translation>Choisissez dans la liste le pays de la ville partenaire.</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="27"/>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="28"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="29"/>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="30"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="78"/>
        <source>Not chosen yet: %n candidate(s)</source>
        <translation>
            <numerusform>Pas encore choisie&#xa0;: %n ville candidate</numerusform>
            <numerusform>Pas encore choisie&#xa0;: %n villes candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="46"/>
        <source>Preview — {0}</source>
        <translation>Aperçu — {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57"/>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
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
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="63"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="65"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="67"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="78"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="86"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="79"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="99"/>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="100"/>
        <source>No PDF viewer answered. The file is at:
{0}</source>
        <translation>Aucune visionneuse PDF n’a répondu. Le fichier se trouve ici&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="48"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="51"/>
        <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
        <translation>La langue des menus, des boutons et des messages. Les documents gardent leurs propres langues.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="53"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Pseudo-localisation (for testers)</source>
        <translation>Pseudo-localisation (pour les testeurs)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="62"/>
        <source>The new language is used the next time you start the app.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="66"/>
        <source>National sister cities body</source>
        <translation>Organisme national des jumelages</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="68"/>
        <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
        <translation>L’association nationale à laquelle votre comité signale les nouveaux partenariats. Laissez vide pour utiliser l’organisme habituel de votre pays, s’il est connu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Name of the national body</source>
        <translation>Nom de l’organisme national</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Email of the national body</source>
        <translation>E-mail de l’organisme national</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="114"/>
        <source>The language could not be saved: {0}</source>
        <translation>Impossible d’enregistrer la langue&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="43"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="44"/>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="45"/>
        <source>Industries</source>
        <translation>Activités économiques</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="46"/>
        <source>Academic</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="47"/>
        <source>Cultural</source>
        <translation>Culturel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="48"/>
        <source>Ties</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="49"/>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="99"/>
        <source>Candidate</source>
        <translation>Ville candidate</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="101"/>
        <source>Select a candidate above to see and edit it.</source>
        <translation>Sélectionnez une ville candidate ci-dessus pour la consulter et la modifier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="111"/>
        <source>Find candidate cities</source>
        <translation>Trouver des villes candidates</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="114"/>
        <source>Type a city&apos;s name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
        <translation>Tapez le nom d’une ville dans n’importe quelle langue ou écriture (Osaka, Ōsaka ou 大阪). Le répertoire mondial des villes est sur cet ordinateur&#xa0;: la recherche fonctionne hors ligne.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="117"/>
        <source>Search the world gazetteer</source>
        <translation>Rechercher dans le répertoire mondial des villes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="118"/>
        <source>Loading the world gazetteer…</source>
        <translation>Chargement du répertoire mondial des villes…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="122"/>
        <source>&amp;Add as candidate</source>
        <translation>&amp;Ajouter comme candidate</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="124"/>
        <source>Su&amp;ggest cities like ours…</source>
        <translation>&amp;Suggérer des villes comme la nôtre…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="130"/>
        <source>Matching cities</source>
        <translation>Villes correspondantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="140"/>
        <source>Type a city name ({0} cities)…</source>
        <translation>Tapez un nom de ville ({0} villes)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="143"/>
        <source>The gazetteer could not be loaded.</source>
        <translation>Impossible de charger le répertoire des villes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="154"/>
        <source>{0} — {1}, population {2}, {3}</source>
        <translation>{0} — {1}, {2} habitants, {3}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="164"/>
        <source>Type a city&apos;s name and pick it from the list first.</source>
        <translation>Tapez d’abord le nom d’une ville et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="187"/>
        <source>Compare candidates</source>
        <translation>Comparer les villes candidates</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="190"/>
        <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
        <translation>Chaque critère du guide reçoit sa propre note par rapport à votre ville&#x202f;; les poids indiquent combien chacun compte pour votre comité (0 l’exclut). Cliquez sur un titre de colonne pour trier.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="197"/>
        <source>Weight of {0}</source>
        <translation>Poids de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="202"/>
        <source>{0}:</source>
        <comment>form label</comment>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="210"/>
        <source>Candidate comparison</source>
        <translation>Comparaison des villes candidates</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="230"/>
        <source>Research &amp;report (PDF)…</source>
        <translation>&amp;Rapport de recherche (PDF)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="254"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="311"/>
        <source>Your city&apos;s data points (what candidates are compared with)</source>
        <translation>Les critères de votre ville (base de comparaison des villes candidates)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="59"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="63"/>
        <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
        <translation>La restauration remplace le contenu actuel de l’application par la sauvegarde. Ce contenu est d’abord conservé dans une sauvegarde distincte&#xa0;: l’opération peut donc être annulée.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="69"/>
        <source>{0} · {1} · {2} KB</source>
        <translation>{0} · {1} · {2}&#xa0;Ko</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="75"/>
        <source>No automatic backups yet.</source>
        <translation>Aucune sauvegarde automatique pour l’instant.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="78"/>
        <source>Choose another &amp;file…</source>
        <translation>Choisir un autre &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="93"/>
        <source>Sister City Desktop stores (*.sqlite3)</source>
        <translation>Bases Sister City Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="100"/>
        <source>Choose a backup in the list, or another file.</source>
        <translation>Choisissez une sauvegarde dans la liste, ou un autre fichier.</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="69"/>
        <source>Flag and seating plan</source>
        <translation>Drapeaux et plan de table</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="83"/>
        <source>Seen from the audience, from left to right: {0}.</source>
        <translation>Vu depuis le public, de gauche à droite&#xa0;: {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="85"/>
        <source>No plan yet.</source>
        <translation>Pas encore de plan.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="119"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="151"/>
        <source>Host: {0}</source>
        <translation>Hôte&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="152"/>
        <source>Host side</source>
        <translation>Côté hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="153"/>
        <source>Guest: {0}</source>
        <translation>Invité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="154"/>
        <source>Guest side</source>
        <translation>Côté invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="161"/>
        <source>Seen from the audience</source>
        <translation>Vu depuis le public</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="27"/>
        <source>Welcome to Sister City Desktop</source>
        <translation>Bienvenue dans Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31"/>
        <source>Your committee</source>
        <translation>Votre comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="32"/>
        <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
        <translation>Sister City Desktop conserve vos partenariats sur cet ordinateur. Commencez par indiquer qui vous êtes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35"/>
        <source>Committee name</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36"/>
        <source>e.g. Riverton Sister Cities Association</source>
        <translation>p. ex. Comité de jumelage de Riverton</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37"/>
        <source>Committee language</source>
        <translation>Langue du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="38"/>
        <source>The language your committee works in; documents get a copy in it.</source>
        <translation>La langue de travail de votre comité&#x202f;; les documents en reçoivent une version.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40"/>
        <source>Committee email</source>
        <translation>E-mail du comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Nom du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42"/>
        <source>Committee &amp;language:</source>
        <translation>&amp;Langue du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="43"/>
        <source>Committee &amp;email:</source>
        <translation>&amp;E-mail du comité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48"/>
        <source>Your city</source>
        <translation>Votre ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="49"/>
        <source>Partners will want to know about your city; you can add more later.</source>
        <translation>Vos partenaires voudront connaître votre ville&#x202f;; vous pourrez compléter plus tard.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52"/>
        <source>City name</source>
        <translation>Nom de la ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="54"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58"/>
        <source>Highest elected official</source>
        <translation>Premier élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59"/>
        <source>Official&apos;s title</source>
        <translation>Titre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60"/>
        <source>Local sister city organisation</source>
        <translation>Association locale de jumelage</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63"/>
        <source>&amp;Population:</source>
        <translation>P&amp;opulation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64"/>
        <source>Highest elected &amp;official:</source>
        <translation>Pre&amp;mier élu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65"/>
        <source>Official&apos;s &amp;title:</source>
        <translation>&amp;Titre de l’élu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="66"/>
        <source>Local &amp;organisation:</source>
        <translation>&amp;Association locale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="71"/>
        <source>You can change all of this later.</source>
        <translation>Vous pourrez tout modifier plus tard.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="61"/>
        <source>Step {0} of 7 · {1}</source>
        <translation>Étape {0} sur 7 · {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="75"/>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="82"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="98"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="120"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="194"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="200"/>
        <source>{0}:</source>
        <translation>{0}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="170"/>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="181"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="182"/>
        <source>Highest official</source>
        <translation>Premier élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="183"/>
        <source>Official&apos;s title</source>
        <translation>Titre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="184"/>
        <source>Official&apos;s gender</source>
        <translation>Genre de l’élu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="185"/>
        <source>Used for the correct title and salutation in letters</source>
        <translation>Sert à employer le bon titre et la bonne formule d’appel dans les lettres</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="201"/>
        <source>Official&apos;s gender:</source>
        <translation>Genre de l’élu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="212"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="220"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="222"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="223"/>
        <source>No contacts yet: add one at the mayor&apos;s office and a volunteer on each side.</source>
        <translation>Aucun contact pour l’instant&#xa0;: ajoutez-en un à la mairie et un bénévole de chaque côté.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="227"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="229"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="404"/>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="239"/>
        <source>Notes and decisions</source>
        <translation>Notes et décisions</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="242"/>
        <source>Notes and decisions for this step</source>
        <translation>Notes et décisions de cette étape</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="255"/>
        <source>Write a note or a decision the committee took…</source>
        <translation>Écrivez une note ou une décision prise par le comité…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="257"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="263"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="264"/>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="266"/>
        <source>Delete selected note</source>
        <translation>Supprimer la note sélectionnée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="319"/>
        <source>Evaluation date</source>
        <translation>Date d’évaluation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="320"/>
        <source>{0}

Keep this date anyway? Say why:</source>
        <translation>{0}

Conserver quand même cette date&#x202f;? Indiquez pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="327"/>
        <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
        <translation>La date n’a pas été modifiée&#xa0;: une date hors de l’intervalle de 6 à 24 mois après la signature doit être justifiée.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="361"/>
        <source>✔ This step is done. ({0})</source>
        <translation>✔ Cette étape est terminée. ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/step_page.py" line="364"/>
        <source>%n of {0} items still open. Done when: {1}</source>
        <translation>
            <numerusform>%n point sur {0} reste ouvert. Étape terminée quand&#xa0;: {1}</numerusform>
            <numerusform>%n points sur {0} restent ouverts. Étape terminée quand&#xa0;: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="368"/>
        <source>Almost there. Done when: {0}</source>
        <translation>Presque fini. Étape terminée quand&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="385"/>
        <source>Select a note in the list first.</source>
        <translation>Sélectionnez d’abord une note dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="387"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="388"/>
        <source>Delete the selected note?</source>
        <translation>Supprimer la note sélectionnée&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="401"/>
        <source>Select a contact in the table first.</source>
        <translation>Sélectionnez d’abord un contact dans le tableau.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="405"/>
        <source>Remove {0}?</source>
        <translation>Retirer {0}&#x202f;?</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39"/>
        <source>Suggest cities like ours</source>
        <translation>Suggérer des villes comme la nôtre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43"/>
        <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
        <translation>Villes de taille comparable, issues du répertoire mondial, que vous n’avez pas encore envisagées. Seule leur population est connue&#x202f;; ajoutez une ville prometteuse comme candidate et complétez les autres critères.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47"/>
        <source>Countries (two-letter codes)</source>
        <translation>Pays (codes à deux lettres)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48"/>
        <source>e.g. FR, ES, IT — empty for every country</source>
        <translation>p. ex. FR, ES, IT — vide pour tous les pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49"/>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50"/>
        <source>any language</source>
        <translation>toutes langues</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54"/>
        <source>Maximum distance in km (0 for any)</source>
        <translation>Distance maximale en km (0 pour illimitée)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57"/>
        <source>any distance</source>
        <translation>toute distance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58"/>
        <source>Leave out countries where we already have a partner</source>
        <translation>Exclure les pays où nous avons déjà un partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60"/>
        <source>How many suggestions</source>
        <translation>Nombre de suggestions</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65"/>
        <source>&amp;Distance:</source>
        <translation>&amp;Distance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73"/>
        <source>&amp;Add selected as candidate</source>
        <translation>Ajouter la sélection comme &amp;candidate</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85"/>
        <source>Suggested cities</source>
        <translation>Villes suggérées</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100"/>
        <source>“{0}” is not a two-letter country code.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un code pays à deux lettres.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107"/>
        <source>Searching 34,000 cities…</source>
        <translation>Recherche parmi 34&#x202f;000 villes…</translation>
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
        <translation>{0}&#xa0;km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="140"/>
        <source>Select a city in the list first.</source>
        <translation>Sélectionnez d’abord une ville dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="149"/>
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>%n ville candidate ajoutée.</numerusform>
            <numerusform>%n villes candidates ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBoxes</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="124"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>WorkPlanPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="345"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353"/>
        <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
        <translation>Convenez avec la ville partenaire d’objectifs pour l’année à venir (court terme) et au-delà (long terme), puis listez les programmes et échanges qui y contribuent&#xa0;: qui en est responsable, quand ils ont lieu et ce qu’ils coûtent. Commencez par un petit programme pilote.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan &amp;PDF…</source>
        <translation>&amp;PDF du plan de travail…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan PDF</source>
        <translation>PDF du plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365"/>
        <source>Preview, print or save the work plan as a PDF</source>
        <translation>Prévisualiser, imprimer ou enregistrer le plan de travail en PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369"/>
        <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
        <translation>Enregistrer les dates de la cérémonie, de l’évaluation et du plan de travail dans un fichier qu’Outlook, Google Calendar ou Apple Calendar peuvent importer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384"/>
        <source>Work plan goals</source>
        <translation>Objectifs du plan de travail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385"/>
        <source>Short-term goals first, then long-term goals</source>
        <translation>Objectifs à court terme d’abord, puis à long terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390"/>
        <source>Goal term</source>
        <translation>Échéance de l’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391"/>
        <source>Short term is within a year</source>
        <translation>Court terme&#xa0;: dans l’année</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394"/>
        <source>Goal title</source>
        <translation>Intitulé de l’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395"/>
        <source>e.g. Every school in town has a class link</source>
        <translation>p. ex. Chaque école de la ville a une classe jumelée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397"/>
        <source>Goal description</source>
        <translation>Description de l’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398"/>
        <source>Optional: how you will know the goal is reached</source>
        <translation>Facultatif&#xa0;: comment vous saurez que l’objectif est atteint</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400"/>
        <source>Optional: how you will know it is reached</source>
        <translation>Facultatif&#xa0;: comment vous saurez qu’il est atteint</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add &amp;goal</source>
        <translation>Ajouter l’&amp;objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add goal</source>
        <translation>Ajouter l’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404"/>
        <source>Remo&amp;ve goal…</source>
        <translation>&amp;Retirer l’objectif…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619"/>
        <source>Remove goal</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406"/>
        <source>Its programmes stay in the plan without a goal</source>
        <translation>Ses programmes restent dans le plan, sans objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408"/>
        <source>New goal t&amp;itle:</source>
        <translation>&amp;Intitulé du nouvel objectif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414"/>
        <source>Descriptio&amp;n:</source>
        <translation>Descriptio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426"/>
        <source>Programmes and exchanges</source>
        <translation>Programmes et échanges</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427"/>
        <source>Double-click a row to edit it</source>
        <translation>Double-cliquez sur une ligne pour la modifier</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444"/>
        <source>&amp;Add programme…</source>
        <translation>&amp;Ajouter un programme…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445"/>
        <source>Add programme or exchange</source>
        <translation>Ajouter un programme ou un échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448"/>
        <source>Edit programme or exchange</source>
        <translation>Modifier le programme ou l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451"/>
        <source>Delete programme or exchange</source>
        <translation>Supprimer le programme ou l’échange</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457"/>
        <source>Timeline (point at a bar to see its dates):</source>
        <translation>Calendrier (survolez une barre pour voir ses dates)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493"/>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l’instant.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510"/>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536"/>
        <source>The end date {0} has passed and it is not done.</source>
        <translation>La date de fin ({0}) est passée et l’action n’est pas terminée.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539"/>
        <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
        <translation>Aucun programme ni échange pour l’instant. Utilisez «&#xa0;Ajouter un programme…&#xa0;» pour le programme pilote.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609"/>
        <source>Select a goal in the list first.</source>
        <translation>Sélectionnez d’abord un objectif dans la liste.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612"/>
        <source>Remove the goal “{0}”?</source>
        <translation>Retirer l’objectif «&#xa0;{0}&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615"/>
        <source>%n programme under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>%n programme rattaché reste dans le plan, sans objectif.</numerusform>
            <numerusform>%n programmes rattachés restent dans le plan, sans objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618"/>
        <source>%n programmes under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>%n programme rattaché reste dans le plan, sans objectif.</numerusform>
            <numerusform>%n programmes rattachés restent dans le plan, sans objectif.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661"/>
        <source>Select a programme in the table first.</source>
        <translation>Sélectionnez d’abord un programme dans le tableau.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664"/>
        <source>Delete programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665"/>
        <source>Delete “{0}” from the work plan?</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;» du plan de travail&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682"/>
        <source>Preparing the PDF…</source>
        <translation>Préparation du PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720"/>
        <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
        <translation>Calendrier enregistré dans {0}. Ouvrez-le avec votre agenda pour ajouter les dates.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="60"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="71"/>
        <source>Step {0}: {1}</source>
        <translation>Étape {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="72"/>
        <source>{0}: {1} (Ctrl+{2})</source>
        <translation>{0}&#xa0;: {1} (Ctrl+{2})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="87"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="88"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Étape précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="91"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="145"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="148"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="92"/>
        <source>Next step (Alt+Right)</source>
        <translation>Étape suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="119"/>
        <source>Partner not chosen yet</source>
        <translation>Partenaire pas encore choisi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="120"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="129"/>
        <source>Documents in {0}</source>
        <translation>Documents en {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="130"/>
        <source>Now at step {0}: {1}</source>
        <translation>Étape en cours {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="146"/>
        <source>Complete step and go o&amp;n ▶</source>
        <translation>Terminer l’étape et &amp;continuer ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="149"/>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="167"/>
        <source>Steps are taken in order: finish the steps before it first.</source>
        <translation>Les étapes se suivent dans l’ordre&#xa0;: terminez d’abord les étapes précédentes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="187"/>
        <source>Move on?</source>
        <translation>Passer à la suite&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="188"/>
        <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas encore terminée.

Étape terminée quand&#xa0;: {1}

Passer quand même le partenariat à l’étape suivante&#x202f;? Vous pourrez revenir à tout moment.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="200"/>
        <source>Moved on to step {0}.</source>
        <translation>Passage à l’étape {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="214"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="226"/>
        <source>Next: {0} (due {1})</source>
        <translation>Ensuite&#xa0;: {0} (échéance {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="228"/>
        <source>Next: {0}</source>
        <translation>Ensuite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="29"/>
        <location filename="../sistercity_desktop/ui/about.py" line="38"/>
        <source>{0}: MIT licence.</source>
        <translation>{0}&#xa0;: licence MIT.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="30"/>
        <source>{0} and {1}: LGPL v3.</source>
        <translation>{0} et {1}&#xa0;: LGPL v3.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="32"/>
        <source>{0} and {1}: MIT licence.</source>
        <translation>{0} et {1}&#xa0;: licence MIT.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="34"/>
        <source>{0}: BSD licence.</source>
        <translation>{0}&#xa0;: licence BSD.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="35"/>
        <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
        <translation>{0}&#xa0;: licence BSD&#x202f;; données régionales du projet {1} (licence Unicode).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="39"/>
        <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
        <translation>Villes du monde&#xa0;: {0} ({1}), CC BY 4.0, via le paquet {2} (licence MIT).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="43"/>
        <source>Fonts: {0}; licence texts in {1}.</source>
        <translation>Polices&#xa0;: {0}&#x202f;; textes des licences dans {1}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="55"/>
        <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
        <translation>Accompagne les comités de jumelage de la première idée jusqu’à l’évaluation d’un partenariat bien vivant&#xa0;: lettres, chartes de jumelage, cérémonies et suivi, le tout hors ligne.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="59"/>
        <source>Your data stays on this computer, in the data folder:</source>
        <translation>Vos données restent sur cet ordinateur, dans le dossier de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="62"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="69"/>
        <source>About Sister City Desktop</source>
        <translation>À propos de Sister City Desktop</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40"/>
        <source>Both texts equally authentic</source>
        <translation>Les deux textes font également foi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41"/>
        <source>One signed original for each side</source>
        <translation>Un original signé pour chaque partie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42"/>
        <source>Effective on signature</source>
        <translation>Entrée en vigueur à la signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43"/>
        <source>Creates no legally binding obligations</source>
        <translation>Ne crée aucune obligation juridiquement contraignante</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44"/>
        <source>Names the implementing committees</source>
        <translation>Désigne les comités chargés de la mise en œuvre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45"/>
        <source>Either side may end it by written notice</source>
        <translation>Chaque partie peut y mettre fin par notification écrite</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54"/>
        <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
        <translation>Une charte protocolaire évoque l’amitié et la coopération en termes généraux. Une charte précise énumère aussi les domaines de coopération et le nombre d’échanges par an, institue un groupe de travail commun qui se réunit une fois par an et prévoit que chaque partie prend en charge ses propres frais. Choisissez le style dans «&#xa0;Type de charte&#xa0;» ci-dessus&#xa0;: les domaines et le nombre d’échanges ci-dessous ne figurent dans le texte que si le type est Précise. Les clauses s’appliquent dans les deux cas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65"/>
        <source>Two originals are printed, one kept by each city. In each city&apos;s own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
        <translation>Deux originaux sont imprimés, un pour chaque ville. Dans l’original de chaque ville, celle-ci est nommée en premier, sa langue figure dans la colonne de gauche et son maire signe en premier (l’«&#xa0;alternat&#xa0;»). Une copie bilingue simple sert à la lecture et au partage, pas à la signature.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../sistercity_desktop/app.py" line="131"/>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. Details were written to {log}.</source>
        <translation>Une erreur s’est produite et la dernière action n’a peut-être pas abouti. Tout ce qui a été enregistré auparavant est en sécurité. Les détails ont été écrits dans {log}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="158"/>
        <source>Sister City Desktop is already open with this data folder. Switch to its window (or close it) and try again.</source>
        <translation>Sister City Desktop est déjà ouvert avec ce dossier de données. Passez à sa fenêtre (ou fermez-la) et réessayez.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="199"/>
        <source>Your data file is damaged and cannot be opened safely.

{reason}

The damaged file will not be changed or deleted.</source>
        <translation>Votre fichier de données est endommagé et ne peut pas être ouvert en toute sécurité.

{reason}

Le fichier endommagé ne sera ni modifié ni supprimé.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="208"/>
        <source>Restore the backup of {when}</source>
        <translation>Restaurer la sauvegarde du {when}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="210"/>
        <source>Start fresh (keep the damaged file aside)</source>
        <translation>Repartir de zéro (en mettant le fichier endommagé de côté)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="213"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="356"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="373"/>
        <source>Restored. What was there before is kept as:
{path}</source>
        <translation>Restauration effectuée. Le contenu précédent est conservé sous&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="35"/>
        <source>before-restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="48"/>
        <source>A backup was saved as:
{0}</source>
        <translation>Une sauvegarde a été enregistrée sous&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>ceremony</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="55"/>
        <source>Master of ceremonies</source>
        <translation>Maître de cérémonie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="56"/>
        <source>Host signatory</source>
        <translation>Signataire hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57"/>
        <source>Guest signatory</source>
        <translation>Signataire invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58"/>
        <source>Host council chair</source>
        <translation>Président du conseil (hôte)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59"/>
        <source>Guest council chair</source>
        <translation>Président du conseil (invité)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60"/>
        <source>Diplomatic guest</source>
        <translation>Invité diplomatique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61"/>
        <source>Protocol officer</source>
        <translation>Chargé du protocole</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62"/>
        <source>Signing assistant</source>
        <translation>Assistant de signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63"/>
        <source>Host interpreter</source>
        <translation>Interprète de l’hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64"/>
        <source>Guest interpreter</source>
        <translation>Interprète de l’invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65"/>
        <source>Performers</source>
        <translation>Artistes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="69"/>
        <source>Announces each item of the programme; usually provided by the host.</source>
        <translation>Annonce chaque point du programme&#x202f;; généralement fourni par l’hôte.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71"/>
        <source>Seats people, passes the documents and arranges the photo.</source>
        <translation>Place les personnes, passe les documents et organise la photo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73"/>
        <source>Stands behind the signatories and turns the pages to sign.</source>
        <translation>Se tient derrière les signataires et tourne les pages à signer.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75"/>
        <source>Sits beside or just behind the host signatory.</source>
        <translation>S’assied à côté ou juste derrière le signataire hôte.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77"/>
        <source>Sits beside or just behind the guest signatory.</source>
        <translation>S’assied à côté ou juste derrière le signataire invité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79"/>
        <source>E.g. a consul or ambassador who offers congratulations.</source>
        <translation>P. ex. un consul ou un ambassadeur qui adresse ses félicitations.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="82"/>
        <source>Guests&apos; &amp;programme…</source>
        <translation>&amp;Programme des invités…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="83"/>
        <source>&amp;Run-of-show…</source>
        <translation>&amp;Conducteur…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84"/>
        <source>Seating plan (P&amp;DF)…</source>
        <translation>Plan de table (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="150"/>
        <source>{0} h {1} min</source>
        <translation>{0}&#xa0;h {1}&#xa0;min</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="151"/>
        <source>{0} min</source>
        <translation>{0}&#xa0;min</translation>
    </message>
</context>
<context>
    <name>correspondence_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="66"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="67"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="68"/>
        <source>Our people</source>
        <translation>Nos participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="69"/>
        <source>Their people</source>
        <translation>Leurs participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="70"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="71"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="89"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="92"/>
        <source>{0} KB</source>
        <translation>{0}&#xa0;Ko</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="94"/>
        <source>{0} MB</source>
        <translation>{0}&#xa0;Mo</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="103"/>
        <source>%n file</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="104"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="109"/>
        <source>No contact recorded yet</source>
        <translation>Aucun contact consigné pour l’instant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="111"/>
        <source>Last contact today</source>
        <translation>Dernier contact aujourd’hui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113"/>
        <source>Last contact yesterday</source>
        <translation>Dernier contact hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114"/>
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Dernier contact il y a %n jour</numerusform>
            <numerusform>Dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="36"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="37"/>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="38"/>
        <source>What needs doing</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="39"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="40"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="45"/>
        <source>Partner not chosen yet</source>
        <translation>Partenaire pas encore choisi</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="46"/>
        <source>Signing ceremony</source>
        <translation>Cérémonie de signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="47"/>
        <source>Evaluation due</source>
        <translation>Évaluation à faire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="48"/>
        <source>Partnership at risk</source>
        <translation>Partenariat en danger</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="69"/>
        <source>⚠ Overdue</source>
        <translation>⚠ En retard</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="70"/>
        <source>⚠ Now</source>
        <translation>⚠ Maintenant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="72"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="73"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="79"/>
        <source>Work plan: {0}</source>
        <translation>Plan de travail&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="89"/>
        <source>{0} (today)</source>
        <translation>{0} (aujourd’hui)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="91"/>
        <source>{0} (%n day late)</source>
        <translation>
            <numerusform>{0} (%n jour de retard)</numerusform>
            <numerusform>{0} (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="93"/>
        <source>{0} (%n days late)</source>
        <translation>
            <numerusform>{0} (%n jour de retard)</numerusform>
            <numerusform>{0} (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="96"/>
        <source>{0} (in %n day)</source>
        <translation>
            <numerusform>{0} (dans %n jour)</numerusform>
            <numerusform>{0} (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="97"/>
        <source>{0} (in %n days)</source>
        <translation>
            <numerusform>{0} (dans %n jour)</numerusform>
            <numerusform>{0} (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="102"/>
        <source>Step {0} · {1}</source>
        <translation>Étape {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/dashboard.py" line="60"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour</numerusform>
            <numerusform>Aucun contact depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="38"/>
        <source>Letter of introduction</source>
        <translation>Lettre de présentation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="39"/>
        <source>Invitation for a delegation visit</source>
        <translation>Invitation à une visite de délégation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="40"/>
        <source>Letter to the national sister cities body</source>
        <translation>Lettre à l’organisme national des jumelages</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74"/>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75"/>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="78"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79"/>
        <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
        <translation>Existe-t-il un comité aux rôles clairs, avec assez de membres et un budget pour porter le partenariat&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81"/>
        <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
        <translation>Les personnes des deux côtés se connaissent-elles et restent-elles en contact au-delà des visites officielles&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83"/>
        <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
        <translation>Le public entend-il parler du partenariat, et les deux villes échangent-elles des nouvelles&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="85"/>
        <source>Are meetings held, records kept and money accounted for?</source>
        <translation>Les réunions ont-elles lieu, les comptes rendus sont-ils tenus et les dépenses justifiées&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86"/>
        <source>How many exchanges took place, in how many fields, and who took part?</source>
        <translation>Combien d’échanges ont eu lieu, dans combien de domaines, et qui y a participé&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="88"/>
        <source>Did the work plan happen as planned, on time?</source>
        <translation>Le plan de travail a-t-il été réalisé comme prévu, dans les délais&#x202f;?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="89"/>
        <source>What changed for the two communities because of the partnership?</source>
        <translation>Qu’est-ce que le partenariat a changé pour les deux collectivités&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="73"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="76"/>
        <source>{months} and {days}</source>
        <translation>{months} et {days}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="85"/>
        <source>the {low}–{high} month window after signing that the guide recommends ({start} to {end})</source>
        <translation>la période recommandée par le guide, de {low} à {high} mois après la signature (du {start} au {end})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="89"/>
        <source>{day} is {gap} before {window}.</source>
        <translation>La date du {day} tombe {gap} avant {window}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="92"/>
        <source>{day} is {gap} after {window}.</source>
        <translation>La date du {day} tombe {gap} après {window}.</translation>
    </message>
</context>
<context>
    <name>evaluation_facts</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97"/>
        <source>Exchanges held against planned</source>
        <translation>Échanges réalisés par rapport aux prévisions</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98"/>
        <source>Time since last contact</source>
        <translation>Temps écoulé depuis le dernier contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99"/>
        <source>Participants in the last year</source>
        <translation>Participants sur les douze derniers mois</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100"/>
        <source>Sectors involved</source>
        <translation>Secteurs concernés</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101"/>
        <source>Overdue work plan items</source>
        <translation>Actions du plan de travail en retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/evaluation.py" line="92"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="94"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="102"/>
        <source>no contact yet</source>
        <translation>pas encore de contact</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="96"/>
        <source>{held} of {planned}</source>
        <translation>{held} sur {planned}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="101"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="103"/>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>evaluation_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="54"/>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="55"/>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="56"/>
        <source>At risk</source>
        <translation>En danger</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="57"/>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61"/>
        <source>1 – poor</source>
        <translation>1 – insuffisant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62"/>
        <source>2 – weak</source>
        <translation>2 – faible</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63"/>
        <source>3 – fair</source>
        <translation>3 – correct</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="64"/>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="65"/>
        <source>5 – very good</source>
        <translation>5 – très bien</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="135"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="141"/>
        <source>overall {0} of 5</source>
        <translation>note globale {0} sur 5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144"/>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="145"/>
        <source>no summary</source>
        <translation>pas de résumé</translation>
    </message>
</context>
<context>
    <name>gantt_view</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="31"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="32"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="33"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="34"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>gifts</name>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="330"/>
        <source>Avoid white flowers, which are associated with funerals.</source>
        <translation>Évitez les fleurs blanches, associées aux funérailles.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="331"/>
        <source>Avoid sets of 4 or 9: 4 (shi) sounds like &apos;death&apos; and 9 (ku) like &apos;suffering&apos;.</source>
        <translation>Évitez les lots de 4 ou de 9&#xa0;: 4 (shi) se prononce comme «&#xa0;mort&#xa0;» et 9 (ku) comme «&#xa0;souffrance&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="333"/>
        <source>Wrap without white or black paper (funeral colours); red-and-white or gold-and-silver ties suit celebrations.</source>
        <translation>N’emballez pas dans du papier blanc ou noir (couleurs du deuil)&#x202f;; les cordons rouge et blanc ou or et argent conviennent aux célébrations.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="335"/>
        <source>Present and receive gifts with both hands; gifts are usually not opened in front of the giver.</source>
        <translation>Offrez et recevez les cadeaux à deux mains&#x202f;; on n’ouvre généralement pas un cadeau devant la personne qui l’offre.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="337"/>
        <source>Knives and scissors can suggest cutting ties (unconfirmed).</source>
        <translation>Les couteaux et les ciseaux peuvent évoquer la rupture des liens (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="340"/>
        <source>Avoid clocks: &apos;giving a clock&apos; (song zhong) sounds like attending a death.</source>
        <translation>Évitez les horloges&#xa0;: «&#xa0;offrir une horloge&#xa0;» (song zhong) se prononce comme «&#xa0;accompagner un mourant&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="342"/>
        <source>Avoid sets of 4: 4 (si) sounds like &apos;death&apos;.</source>
        <translation>Évitez les lots de 4&#xa0;: 4 (si) se prononce comme «&#xa0;mort&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="343"/>
        <source>Avoid umbrellas (san sounds like &apos;separate&apos;) and sharp objects such as knives or scissors (cutting ties).</source>
        <translation>Évitez les parapluies (san se prononce comme «&#xa0;se séparer&#xa0;») et les objets tranchants comme les couteaux ou les ciseaux (rupture des liens).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="345"/>
        <source>Wrap without white or black, funeral colours; red and gold are festive.</source>
        <translation>N’emballez pas en blanc ou en noir, couleurs du deuil&#x202f;; le rouge et l’or sont festifs.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="347"/>
        <source>Avoid green hats, which imply an unfaithful spouse.</source>
        <translation>Évitez les chapeaux verts, qui évoquent un conjoint infidèle.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="348"/>
        <source>Officials work under strict rules on accepting gifts; prefer modest, symbolic items of your city.</source>
        <translation>Les responsables publics sont soumis à des règles strictes sur l’acceptation des cadeaux&#x202f;; privilégiez des objets modestes et symboliques de votre ville.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="350"/>
        <source>A gift may be politely declined once or twice before it is accepted (unconfirmed).</source>
        <translation>Un cadeau peut être poliment refusé une ou deux fois avant d’être accepté (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="354"/>
        <source>Avoid clocks: &apos;giving a clock&apos; sounds like attending a death.</source>
        <translation>Évitez les horloges&#xa0;: «&#xa0;offrir une horloge&#xa0;» se prononce comme «&#xa0;accompagner un mourant&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="355"/>
        <source>Avoid sets of 4: 4 sounds like &apos;death&apos;.</source>
        <translation>Évitez les lots de 4&#xa0;: 4 se prononce comme «&#xa0;mort&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="356"/>
        <source>Avoid umbrellas (separation) and sharp objects (cutting ties).</source>
        <translation>Évitez les parapluies (séparation) et les objets tranchants (rupture des liens).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="357"/>
        <source>Wrap without white or black, funeral colours.</source>
        <translation>N’emballez pas en blanc ou en noir, couleurs du deuil.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="358"/>
        <source>Handkerchiefs are associated with funerals and farewells (unconfirmed).</source>
        <translation>Les mouchoirs sont associés aux funérailles et aux adieux (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="362"/>
        <source>Avoid sets of 4: 4 (sa) sounds like &apos;death&apos;.</source>
        <translation>Évitez les lots de 4&#xa0;: 4 (sa) se prononce comme «&#xa0;mort&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="363"/>
        <source>Never write a person&apos;s name in red ink, which is used for the dead.</source>
        <translation>N’écrivez jamais le nom d’une personne à l’encre rouge, réservée aux défunts.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="364"/>
        <source>Present and receive gifts with both hands.</source>
        <translation>Offrez et recevez les cadeaux à deux mains.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="365"/>
        <source>Public officials are bound by the anti-graft law (Improper Solicitation and Graft Act), which caps gift values; keep gifts modest and symbolic (exact limits for official exchanges unconfirmed).</source>
        <translation>Les agents publics sont soumis à la loi anti-corruption (Improper Solicitation and Graft Act), qui plafonne la valeur des cadeaux&#x202f;; offrez des cadeaux modestes et symboliques (plafonds exacts pour les échanges officiels non confirmés).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="370"/>
        <source>Avoid leather goods, above all cowhide, which offends many Hindus.</source>
        <translation>Évitez les articles en cuir, surtout en cuir de vache, qui offense de nombreux hindous.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="371"/>
        <source>Avoid alcohol unless you know the recipient drinks; many abstain for religious reasons.</source>
        <translation>Évitez l’alcool, sauf si vous savez que la personne en boit&#x202f;; beaucoup s’en abstiennent pour des raisons religieuses.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="373"/>
        <source>Give and receive with the right hand or both hands, never the left alone.</source>
        <translation>Donnez et recevez de la main droite ou à deux mains, jamais de la seule main gauche.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="375"/>
        <source>Bright wrapping (red, yellow, green) is auspicious; avoid black and white (unconfirmed).</source>
        <translation>Les emballages aux couleurs vives (rouge, jaune, vert) portent bonheur&#x202f;; évitez le noir et le blanc (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="379"/>
        <source>No alcohol or pork products, including in food hampers; both are banned at customs.</source>
        <translation>Pas d’alcool ni de produits à base de porc, y compris dans les paniers garnis&#xa0;: leur importation est interdite par la douane.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="381"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="388"/>
        <source>Give and receive with the right hand.</source>
        <translation>Donnez et recevez de la main droite.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="382"/>
        <source>Avoid images of dogs, and religious symbols of other faiths (unconfirmed).</source>
        <translation>Évitez les images de chiens, ainsi que les symboles religieux d’autres confessions (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="386"/>
        <source>Avoid alcohol and pork products unless you know the recipient welcomes them.</source>
        <translation>Évitez l’alcool et les produits à base de porc, sauf si vous savez que la personne les apprécie.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="389"/>
        <source>Avoid images of dogs (unconfirmed).</source>
        <translation>Évitez les images de chiens (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="392"/>
        <source>Give an odd number of flowers; even numbers are for funerals.</source>
        <translation>Offrez un nombre impair de fleurs&#x202f;; les nombres pairs sont réservés aux funérailles.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="393"/>
        <source>Yellow flowers can signify separation (unconfirmed).</source>
        <translation>Les fleurs jaunes peuvent signifier la séparation (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="394"/>
        <source>Knives and other sharp objects are said to bring quarrels; the receiver may &apos;pay&apos; with a coin (unconfirmed).</source>
        <translation>On dit que les couteaux et autres objets tranchants attirent les disputes&#x202f;; la personne qui les reçoit peut les «&#xa0;payer&#xa0;» d’une pièce de monnaie (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="396"/>
        <source>Do not hand a gift across a threshold (unconfirmed).</source>
        <translation>Ne remettez pas un cadeau par-dessus le seuil d’une porte (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="399"/>
        <source>Chrysanthemums, lilies and white calla lilies are associated with funerals (lilies unconfirmed).</source>
        <translation>Les chrysanthèmes, les lys et les callas blancs sont associés aux funérailles (non confirmé pour les lys).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="401"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="409"/>
        <source>Red roses signal romance; avoid them for officials.</source>
        <translation>Les roses rouges évoquent l’amour&#x202f;; évitez-les pour des personnalités officielles.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="402"/>
        <source>Officials need permission to accept gifts; expect gifts to be registered or handed to the city.</source>
        <translation>Les responsables publics doivent obtenir une autorisation pour accepter des cadeaux&#x202f;; attendez-vous à ce que les cadeaux soient déclarés ou remis à la ville.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="404"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="411"/>
        <source>Bouquets traditionally have an odd number of stems, but not 13 (unconfirmed).</source>
        <translation>Les bouquets comptent traditionnellement un nombre impair de tiges, mais pas 13 (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="408"/>
        <source>Avoid chrysanthemums, the flowers of graves (All Saints&apos; Day).</source>
        <translation>Évitez les chrysanthèmes, fleurs des tombes (Toussaint).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="410"/>
        <source>Carnations and yellow flowers can be read badly (unconfirmed).</source>
        <translation>Les œillets et les fleurs jaunes peuvent être mal interprétés (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="415"/>
        <source>Avoid chrysanthemums, which are funeral flowers.</source>
        <translation>Évitez les chrysanthèmes, qui sont des fleurs funéraires.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="416"/>
        <source>17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a gift rule).</source>
        <translation>Le nombre qui porte malheur est 17, et non 13&#x202f;; évitez les lots de 17 (non confirmé comme règle pour les cadeaux).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="418"/>
        <source>Knives or scissors suggest cutting a relationship (unconfirmed).</source>
        <translation>Les couteaux ou les ciseaux évoquent la rupture d’une relation (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="419"/>
        <source>Purple wrapping is associated with bad luck or mourning (unconfirmed).</source>
        <translation>Un emballage violet est associé à la malchance ou au deuil (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="423"/>
        <source>Yellow marigolds (cempasuchil) belong to the Day of the Dead and funerals.</source>
        <translation>Les œillets d’Inde jaunes (cempasúchil) sont réservés au Jour des morts et aux funérailles.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="425"/>
        <source>Red flowers can carry negative meanings (unconfirmed).</source>
        <translation>Les fleurs rouges peuvent avoir une connotation négative (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="426"/>
        <source>Knives suggest cutting the relationship (unconfirmed).</source>
        <translation>Les couteaux évoquent la rupture de la relation (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="429"/>
        <source>Purple and black are associated with mourning; avoid them in flowers and wrapping (unconfirmed).</source>
        <translation>Le violet et le noir sont associés au deuil&#x202f;; évitez-les pour les fleurs et les emballages (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="431"/>
        <source>Knives or scissors suggest cutting ties (unconfirmed).</source>
        <translation>Les couteaux ou les ciseaux évoquent la rupture des liens (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="432"/>
        <source>Handkerchiefs are associated with tears (unconfirmed).</source>
        <translation>Les mouchoirs sont associés aux larmes (non confirmé).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="435"/>
        <source>Gifts to officials often become city property and must be reported; record every gift given and received.</source>
        <translation>Les cadeaux faits aux élus deviennent souvent propriété de la ville et doivent être déclarés&#x202f;; notez chaque cadeau offert et reçu.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="437"/>
        <source>Remove price tags and receipts; avoid items that display their price.</source>
        <translation>Retirez les étiquettes de prix et les tickets de caisse&#x202f;; évitez les objets qui affichent leur prix.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="438"/>
        <source>Mind customs rules: food, plants, seeds, soil, meat and dairy are restricted in many countries; check both sides&apos; import rules before packing.</source>
        <translation>Attention aux règles douanières&#xa0;: aliments, plantes, graines, terre, viande et produits laitiers font l’objet de restrictions dans de nombreux pays&#x202f;; vérifiez les règles d’importation des deux pays avant de faire vos bagages.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="441"/>
        <source>Prefer symbolic items of your city (crafts, books, local art) of modest value; never cash or gift cards.</source>
        <translation>Privilégiez des objets symboliques de votre ville (artisanat, livres, art local) de valeur modeste&#x202f;; jamais d’argent liquide ni de cartes-cadeaux.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="443"/>
        <source>Agree with the partner&apos;s protocol office on who presents what, so gifts match in kind and value.</source>
        <translation>Convenez avec le service du protocole du partenaire de qui remet quoi, pour que les cadeaux se répondent en nature et en valeur.</translation>
    </message>
</context>
<context>
    <name>inquiries</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54"/>
        <source>A city abroad</source>
        <translation>Une ville étrangère</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="55"/>
        <source>A local resident</source>
        <translation>Un habitant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57"/>
        <source>from a city abroad</source>
        <translation>d’une ville étrangère</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58"/>
        <source>from a local resident</source>
        <translation>d’un habitant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59"/>
        <source>City abroad</source>
        <translation>Ville étrangère</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60"/>
        <source>Local resident</source>
        <translation>Habitant</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61"/>
        <source>Meets the policy</source>
        <translation>Conforme à la politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62"/>
        <source>Does not meet</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="63"/>
        <source>Answers missing</source>
        <translation>Réponses manquantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="68"/>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="72"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74"/>
        <source>No policy yet</source>
        <translation>Pas encore de politique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="100"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date. Saisissez-la au format AAAA-MM-JJ, p. ex. 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="104"/>
        <source>The date received cannot be in the future.</source>
        <translation>La date de réception ne peut pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="43"/>
        <source>Mayor&apos;s office</source>
        <translation>Mairie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="44"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="45"/>
        <source>Council</source>
        <translation>Conseil municipal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="49"/>
        <source>Our side</source>
        <translation>Notre côté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="50"/>
        <source>Partner side</source>
        <translation>Côté partenaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="53"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="54"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="57"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="58"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="59"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="60"/>
        <source>Video call</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="61"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="62"/>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="65"/>
        <source>Sister city</source>
        <translation>Ville jumelle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="66"/>
        <source>Friendship city</source>
        <translation>Ville amie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="69"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="70"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="73"/>
        <source>Ceremonial</source>
        <translation>Protocolaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="74"/>
        <source>Precise</source>
        <translation>Précise</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="77"/>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="78"/>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="81"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l’imprimante.</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="28"/>
        <source>high school</source>
        <translation>lycée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="29"/>
        <source>language school</source>
        <translation>école de langues</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="30"/>
        <source>research institute</source>
        <translation>institut de recherche</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="31"/>
        <source>music venue</source>
        <translation>salle de concert</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="32"/>
        <source>community centre</source>
        <translation>centre socioculturel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="40"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="41"/>
        <source>Geography</source>
        <translation>Géographie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="42"/>
        <source>Industries</source>
        <translation>Activités économiques</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="43"/>
        <source>Academic institutions</source>
        <translation>Établissements d’enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="44"/>
        <source>Cultural institutions</source>
        <translation>Institutions culturelles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="45"/>
        <source>Preexisting relationships</source>
        <translation>Relations existantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="46"/>
        <source>Historical or ancestral ties</source>
        <translation>Liens historiques ou ancestraux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="48"/>
        <source>Under consideration</source>
        <translation>À l’étude</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="49"/>
        <source>Chosen</source>
        <translation>Choisie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="50"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="52"/>
        <source>Mayoral</source>
        <translation>Municipale</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="53"/>
        <source>Trade</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="54"/>
        <source>Diaspora</source>
        <translation>Diaspora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="55"/>
        <source>Faith-based</source>
        <translation>Religieuse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="56"/>
        <source>Personal</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="57"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="59"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="60"/>
        <source>Time difference</source>
        <translation>Décalage horaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="61"/>
        <source>Shared office hours</source>
        <translation>Heures de bureau communes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="62"/>
        <source>Hemisphere</source>
        <translation>Hémisphère</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="63"/>
        <source>Likely document language</source>
        <translation>Langue probable des documents</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="65"/>
        <source>mayoral</source>
        <translation>municipal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="66"/>
        <source>trade</source>
        <translation>commercial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="67"/>
        <source>diaspora</source>
        <translation>diaspora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="68"/>
        <source>faith-based</source>
        <translation>religieux</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="69"/>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="70"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="72"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="73"/>
        <source>coast</source>
        <translation>côte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="74"/>
        <source>river</source>
        <translation>fleuve</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="75"/>
        <source>lake</source>
        <translation>lac</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="76"/>
        <source>mountains</source>
        <translation>montagnes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="77"/>
        <source>desert</source>
        <translation>désert</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="78"/>
        <source>island</source>
        <translation>île</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="79"/>
        <source>plains</source>
        <translation>plaines</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="80"/>
        <source>forest</source>
        <translation>forêt</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="81"/>
        <source>valley</source>
        <translation>vallée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="83"/>
        <source>tropical</source>
        <translation>tropical</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="84"/>
        <source>arid</source>
        <translation>aride</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="85"/>
        <source>mediterranean</source>
        <translation>méditerranéen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="86"/>
        <source>temperate</source>
        <translation>tempéré</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="87"/>
        <source>oceanic</source>
        <translation>océanique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="88"/>
        <source>continental</source>
        <translation>continental</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="89"/>
        <source>subarctic</source>
        <translation>subarctique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="90"/>
        <source>highland</source>
        <translation>montagnard</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="92"/>
        <source>university</source>
        <translation>université</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="93"/>
        <source>college</source>
        <translation>école supérieure</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="94"/>
        <source>museum</source>
        <translation>musée</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="95"/>
        <source>theatre</source>
        <translation>théâtre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="96"/>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="97"/>
        <source>festival</source>
        <translation>festival</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="98"/>
        <source>sports</source>
        <translation>sport</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>moderate</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="110"/>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="282"/>
        <source>{what} not known for either city</source>
        <translation>{what}&#xa0;: données manquantes pour les deux villes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="284"/>
        <source>{what} not known for your city</source>
        <translation>{what}&#xa0;: données manquantes pour votre ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="285"/>
        <source>{what} not known for this city</source>
        <translation>{what}&#xa0;: données manquantes pour cette ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="294"/>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="300"/>
        <source>same size</source>
        <translation>même taille</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="302"/>
        <source>about the same size</source>
        <translation>taille presque identique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="304"/>
        <source>{ratio}×</source>
        <translation>{ratio}×</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="305"/>
        <source>population {ours} vs {theirs} ({size})</source>
        <translation>population {ours} contre {theirs} ({size})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="320"/>
        <source>geography</source>
        <translation>géographie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="332"/>
        <source>{climate} climate</source>
        <translation>climat {climate}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="334"/>
        <source>shared: {what} ({matches} of %n features)</source>
        <translation>
            <numerusform>en commun&#xa0;: {what} ({matches} sur %n caractéristique)</numerusform>
            <numerusform>en commun&#xa0;: {what} ({matches} sur %n caractéristiques)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="337"/>
        <source>no shared features (%n in all)</source>
        <translation>
            <numerusform>aucune caractéristique commune (%n au total)</numerusform>
            <numerusform>aucune caractéristique commune (%n au total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="344"/>
        <source>industries</source>
        <translation>activités économiques</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="349"/>
        <source>shared: {what} ({matches} of %n industries)</source>
        <translation>
            <numerusform>en commun&#xa0;: {what} ({matches} sur %n activité)</numerusform>
            <numerusform>en commun&#xa0;: {what} ({matches} sur %n activités)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="352"/>
        <source>no shared industries (%n in all)</source>
        <translation>
            <numerusform>aucune activité économique commune (%n au total)</numerusform>
            <numerusform>aucune activité économique commune (%n au total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="358"/>
        <source>no {noun} recorded for your city</source>
        <translation>{noun}&#xa0;: rien n’est noté pour votre ville</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="361"/>
        <source>no {noun} recorded for this city</source>
        <translation>{noun}&#xa0;: rien n’est noté pour cette ville</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="365"/>
        <source>{matched} of %n of your institution kinds have a counterpart: {what}</source>
        <translation>
            <numerusform>équivalent trouvé pour votre type d’institution ({matched} sur %n)&#xa0;: {what}</numerusform>
            <numerusform>équivalent trouvé pour {matched} de vos %n types d’institutions&#xa0;: {what}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="369"/>
        <source>none of your %n institution kinds has a counterpart</source>
        <translation>
            <numerusform>aucun équivalent pour votre type d’institution (%n au total)</numerusform>
            <numerusform>aucun équivalent pour vos %n types d’institutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="377"/>
        <source>no ties recorded</source>
        <translation>aucun lien noté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="380"/>
        <source>{kind} ({strength})</source>
        <translation>{kind} (intensité {strength})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="386"/>
        <source>ties: {what}</source>
        <translation>liens&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="392"/>
        <source>no historical or ancestral ties recorded</source>
        <translation>aucun lien historique ou ancestral noté</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="396"/>
        <source>{strength} historical or ancestral ties ({value} of {most})</source>
        <translation>liens historiques ou ancestraux d’intensité {strength} ({value} sur {most})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="416"/>
        <source>academic institutions</source>
        <translation>établissements d’enseignement</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="418"/>
        <source>cultural institutions</source>
        <translation>institutions culturelles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="43"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="45"/>
        <source>not known (no coordinates)</source>
        <translation>inconnue (pas de coordonnées)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="48"/>
        <source>{low} to {high} over the year</source>
        <translation>de {low} à {high} selon la période de l’année</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="50"/>
        <source>{now} now ({spread})</source>
        <translation>{now} actuellement ({spread})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="53"/>
        <source>{hours} h when both city halls are open (9:00–17:00)</source>
        <translation>{hours}&#xa0;h pendant lesquelles les deux mairies sont ouvertes (de 9&#xa0;h à 17&#xa0;h)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="55"/>
        <source>none: city hall hours do not overlap</source>
        <translation>aucune&#xa0;: les horaires d’ouverture des mairies ne se chevauchent pas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="58"/>
        <source>Northern</source>
        <translation>Nord</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="59"/>
        <source>Southern</source>
        <translation>Sud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="62"/>
        <source>{hemisphere}, seasons opposite to ours</source>
        <translation>{hemisphere}, saisons inversées par rapport aux nôtres</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="64"/>
        <source>{hemisphere}, same seasons as ours</source>
        <translation>{hemisphere}, mêmes saisons que chez nous</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="67"/>
        <source>{language} ({code})</source>
        <translation>{language} ({code})</translation>
    </message>
</context>
<context>
    <name>seating</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="26"/>
        <source>Signing table</source>
        <translation>Table de signature</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="27"/>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="28"/>
        <source>Host signatory</source>
        <translation>Signataire hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="29"/>
        <source>Guest signatory</source>
        <translation>Signataire invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="30"/>
        <source>Host original</source>
        <translation>Original de l’hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="31"/>
        <source>Guest original</source>
        <translation>Original de l’invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="32"/>
        <source>Host interpreter</source>
        <translation>Interprète de l’hôte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="33"/>
        <source>Guest interpreter</source>
        <translation>Interprète de l’invité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="34"/>
        <source>Master of ceremonies</source>
        <translation>Maître de cérémonie</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="35"/>
        <source>Audience and press</source>
        <translation>Public et presse</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="39"/>
        <source>Flag: {0}</source>
        <translation>Drapeau&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="40"/>
        <source>Host signatory: {0}</source>
        <translation>Signataire hôte&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="41"/>
        <source>Guest signatory: {0}</source>
        <translation>Signataire invité&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="42"/>
        <source>Original of {0}</source>
        <translation>Original de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="43"/>
        <source>Interpreter for {0}</source>
        <translation>Interprète pour {0}</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="40"/>
        <source>not specified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="41"/>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="42"/>
        <source>man</source>
        <translation>homme</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../sistercity_desktop/ui/worker.py" line="33"/>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>workplan_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60"/>
        <source>Youth pen pals</source>
        <translation>Correspondance entre jeunes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61"/>
        <source>Student exchange</source>
        <translation>Échange scolaire</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62"/>
        <source>Municipal best practice</source>
        <translation>Bonnes pratiques municipales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63"/>
        <source>Delegation visit</source>
        <translation>Visite de délégation</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64"/>
        <source>Cultural</source>
        <translation>Culturel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65"/>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68"/>
        <source>Short term (within a year)</source>
        <translation>Court terme (dans l’année)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69"/>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71"/>
        <source>short term</source>
        <translation>court terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72"/>
        <source>long term</source>
        <translation>long terme</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76"/>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140"/>
        <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>{0}&#xa0;: «&#xa0;{1}&#xa0;» n’est pas une date. Saisissez-la au format AAAA-MM-JJ, p. ex. 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154"/>
        <source>{0} must be a whole number, like 12.</source>
        <translation>{0} doit être un nombre entier, comme 12.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157"/>
        <source>{0} must be an amount, like 1500 or 1500.50.</source>
        <translation>{0} doit être un montant, comme 1500 ou 1500.50.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164"/>
        <source>Overdue · {0}</source>
        <translation>En retard · {0}</translation>
    </message>
</context>
</TS>
