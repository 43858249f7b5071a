<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="96"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="114"/>
        <source>Areas of cooperation</source>
        <translation>Áreas de cooperación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="116"/>
        <source>Tick what the two cities mean to work on together.</source>
        <translation>Marque en qué piensan trabajar juntas las dos ciudades.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="122"/>
        <source>Area of cooperation: {0}</source>
        <translation>Área de cooperación: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="128"/>
        <source>Areas of your own (written as you type them, in every language):</source>
        <translation>Áreas propias (se escriben tal como las teclea, en todos los idiomas):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="131"/>
        <source>New area of cooperation</source>
        <translation>Nueva área de cooperación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="132"/>
        <source>e.g. Music education for children</source>
        <translation>p. ej., Educación musical para niños</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="135"/>
        <source>Add a&amp;rea</source>
        <translation>Añadir á&amp;rea</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="141"/>
        <source>Areas of your own</source>
        <translation>Áreas propias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="143"/>
        <source>Remo&amp;ve area</source>
        <translation>&amp;Quitar área</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="152"/>
        <source>Exchanges a year</source>
        <translation>Intercambios al año</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="153"/>
        <source>How many visits or exchanges a year the agreement promises; 0 leaves the number out.</source>
        <translation>Cuántas visitas o intercambios al año promete el acuerdo; 0 omite la cifra.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="156"/>
        <source>not stated</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="160"/>
        <source>Place of signing</source>
        <translation>Lugar de la firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="161"/>
        <source>Where the agreement is signed, e.g. Greenvale City Hall. Left empty, the ceremony venue or our city is used.</source>
        <translation>Dónde se firma el acuerdo, p. ej., Ayuntamiento de Greenvale. Si se deja vacío, se usa el lugar de la ceremonia o nuestra ciudad.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="163"/>
        <source>e.g. Greenvale City Hall</source>
        <translation>p. ej., Ayuntamiento de Greenvale</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="166"/>
        <source>E&amp;xchanges a year:</source>
        <translation>&amp;Intercambios al año:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="167"/>
        <source>Place of si&amp;gning:</source>
        <translation>Lu&amp;gar de la firma:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="171"/>
        <source>Standard clauses</source>
        <translation>Cláusulas estándar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="177"/>
        <source>Clause: {0}</source>
        <translation>Cláusula: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="184"/>
        <source>Print the agreement</source>
        <translation>Imprimir el acuerdo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="188"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="190"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="191"/>
        <source>Pa&amp;per:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="193"/>
        <source>Preview the two &amp;originals…</source>
        <translation>Vista previa de los dos &amp;originales…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="195"/>
        <source>Preview a plain bilingual &amp;copy…</source>
        <translation>Vista previa de una &amp;copia bilingüe simple…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="257"/>
        <source>Type the name of the area first, then choose “Add area”.</source>
        <translation>Escriba primero el nombre del área y luego elija “Añadir área”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="267"/>
        <source>Select one of your own areas in the list first.</source>
        <translation>Seleccione primero una de sus áreas propias en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="270"/>
        <source>Remove area</source>
        <translation>Quitar área</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="271"/>
        <source>Remove “{0}” from the agreement?</source>
        <translation>¿Quitar “{0}” del acuerdo?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="303"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
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
        <translation>Por qué ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="50"/>
        <source>Why: {0}</source>
        <translation>Por qué: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="53"/>
        <source>What the map and the calendar say</source>
        <translation>Lo que dicen el mapa y el calendario</translation>
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
        <translation>Similitud con su ciudad, punto por punto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="63"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="68"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="72"/>
        <source>Data points</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="85"/>
        <source>Preexisting relationships</source>
        <translation>Relaciones previas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="87"/>
        <source>Relationships with this city</source>
        <translation>Relaciones con esta ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="90"/>
        <source>{0} · strength {1}</source>
        <translation>{0} · intensidad {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="97"/>
        <source>Kind of relationship</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="100"/>
        <source>Strength (1 slight, 3 strong)</source>
        <translation>Intensidad (1 leve, 3 fuerte)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="102"/>
        <source>About this relationship</source>
        <translation>Sobre esta relación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="103"/>
        <source>e.g. our Rotary club has hosted their students</source>
        <translation>p. ej., nuestro Club Rotario ha acogido a sus estudiantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="105"/>
        <source>Add &amp;relationship</source>
        <translation>Añadir &amp;relación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="107"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="115"/>
        <source>History, sources and notes</source>
        <translation>Historia, fuentes y notas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="118"/>
        <source>Strength of historical ties (0 none, 3 strong)</source>
        <translation>Intensidad de los lazos históricos (0 ninguno, 3 fuertes)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="123"/>
        <source>Historical ties (0–3):</source>
        <translation>Lazos históricos (0–3):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="124"/>
        <source>Historical or ancestral connections</source>
        <translation>Vínculos históricos o ancestrales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="125"/>
        <source>Other relationships</source>
        <translation>Otras relaciones</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="126"/>
        <source>Sources (where the facts come from)</source>
        <translation>Fuentes (de dónde proceden los datos)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="127"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="137"/>
        <source>&amp;Choose this city…</source>
        <translation>&amp;Elegir esta ciudad…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="139"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="141"/>
        <source>Back to considering</source>
        <translation>Volver a considerar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="143"/>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="200"/>
        <source>Remove candidate</source>
        <translation>Quitar candidata</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="170"/>
        <source>Select a relationship in the list first.</source>
        <translation>Seleccione primero una relación en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="176"/>
        <source>Why is this the partner for your city? Future committees will read this.</source>
        <translation>¿Por qué es esta la ciudad adecuada para la suya? Los futuros comités lo leerán.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="178"/>
        <source>Why not this city? Future committees will read this.</source>
        <translation>¿Por qué no esta ciudad? Los futuros comités lo leerán.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="179"/>
        <source>Why reopen this candidate? (optional)</source>
        <translation>¿Por qué reabrir esta candidata? (opcional)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="180"/>
        <source>Record the reason</source>
        <translation>Anotar el motivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/candidate_editor.py" line="201"/>
        <source>Remove {0} and everything noted about it?</source>
        <translation>¿Quitar {0} y todo lo anotado sobre ella?</translation>
    </message>
</context>
<context>
    <name>CeremonyPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="174"/>
        <source>Ceremony planner</source>
        <translation>Planificador de la ceremonia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="184"/>
        <source>Plan the day step by step: when it starts, the order of events, who does what, the gifts and where everyone sits. Everything is saved as you type; the three documents at the bottom are made from it.</source>
        <translation>Planifique el día paso a paso: cuándo empieza, el orden de los actos, quién hace qué, los regalos y dónde se sienta cada cual. Todo se guarda mientras escribe; los tres documentos de abajo se generan a partir de ello.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="224"/>
        <source>When, and who hosts</source>
        <translation>Cuándo y quién es anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="226"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="227"/>
        <source>The local time the ceremony begins, as HH:MM (24-hour clock).</source>
        <translation>La hora local a la que empieza la ceremonia, como HH:MM (formato de 24 horas).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="229"/>
        <source>HH:MM, e.g. 14:00</source>
        <translation>HH:MM, p. ej., 14:00</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="239"/>
        <source>Start t&amp;ime:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="243"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="258"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="244"/>
        <source>Where the ceremony takes place, e.g. Asia/Tokyo. Type part of a city&apos;s name to find it.</source>
        <translation>Dónde tiene lugar la ceremonia, p. ej., Asia/Tokyo. Escriba parte del nombre de una ciudad para encontrarla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="257"/>
        <source>e.g. Asia/Tokyo</source>
        <translation>p. ej., Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="261"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="266"/>
        <source>Our city hosts ({0})</source>
        <translation>Nuestra ciudad es anfitriona ({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="267"/>
        <source>Our city hosts the ceremony</source>
        <translation>Nuestra ciudad es anfitriona de la ceremonia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="269"/>
        <source>The partner city hosts ({0})</source>
        <translation>La ciudad asociada es anfitriona ({0})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="270"/>
        <source>partner</source>
        <translation>ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="271"/>
        <source>The partner city hosts the ceremony</source>
        <translation>La ciudad asociada es anfitriona de la ceremonia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="281"/>
        <source>Host:</source>
        <translation>Anfitrión:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="283"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="356"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="387"/>
        <source>Order of events</source>
        <translation>Orden de los actos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="359"/>
        <source>Start from an order of events used in practice, then adjust it: type in a cell to change a title, the minutes, who takes part or the note for the organisers. Changes are saved at once.</source>
        <translation>Parta de un orden de actos usado en la práctica y ajústelo: escriba en una celda para cambiar un título, los minutos, quién participa o la nota para los organizadores. Los cambios se guardan al instante.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="363"/>
        <source>Ready-made order of events</source>
        <translation>Orden de actos predefinido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="366"/>
        <source>Read&amp;y-made order:</source>
        <translation>Orden &amp;predefinido:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="368"/>
        <source>Use this &amp;order of events</source>
        <translation>Usar este &amp;orden de actos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="384"/>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Title in {0}</source>
        <translation>Título en {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="385"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="386"/>
        <source>Note for the organisers</source>
        <translation>Nota para los organizadores</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="404"/>
        <source>Add &amp;event</source>
        <translation>Añadir &amp;acto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="405"/>
        <source>Remo&amp;ve event</source>
        <translation>&amp;Quitar acto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="406"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="407"/>
        <source>&amp;Move down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="426"/>
        <source>Use this order of events</source>
        <translation>Usar este orden de actos</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="427"/>
        <source>Replace the %n event(s) already planned with the “{0}” order? Your changes to them will be lost.</source>
        <translation>
            <numerusform>¿Sustituir el %n acto ya planificado por el orden “{0}”? Se perderán los cambios que haya hecho.</numerusform>
            <numerusform>¿Sustituir los %n actos ya planificados por el orden “{0}”? Se perderán los cambios que haya hecho.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="494"/>
        <source>Set the ceremony date above to see clock times.</source>
        <translation>Indique arriba la fecha de la ceremonia para ver las horas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="498"/>
        <source>{0} (the “Ceremony date” above).</source>
        <translation>{0} (la “Fecha de la ceremonia” de arriba).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="500"/>
        <source>{0} (the “Ceremony date” above). Type the start time and the time zone to see clock times.</source>
        <translation>{0} (la “Fecha de la ceremonia” de arriba). Escriba la hora de inicio y la zona horaria para ver las horas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="504"/>
        <source>No events yet: choose a ready-made order above, or add events one by one.</source>
        <translation>Aún no hay actos: elija arriba un orden predefinido o añada los actos uno a uno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="508"/>
        <source>%n event(s), {0} in all: from {1} to {2} ({3}).</source>
        <translation>
            <numerusform>%n acto, {0} en total: de {1} a {2} ({3}).</numerusform>
            <numerusform>%n actos, {0} en total: de {1} a {2} ({3}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="513"/>
        <source>%n event(s), {0} in all. Set the ceremony date above to see clock times.</source>
        <translation>
            <numerusform>%n acto, {0} en total. Indique arriba la fecha de la ceremonia para ver las horas.</numerusform>
            <numerusform>%n actos, {0} en total. Indique arriba la fecha de la ceremonia para ver las horas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="517"/>
        <source>%n event(s), {0} in all. Clock times appear once the start time and time zone are set.</source>
        <translation>
            <numerusform>%n acto, {0} en total. Las horas aparecen cuando se indican la hora de inicio y la zona horaria.</numerusform>
            <numerusform>%n actos, {0} en total. Las horas aparecen cuando se indican la hora de inicio y la zona horaria.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="563"/>
        <source>Select an event in the order of events first.</source>
        <translation>Seleccione primero un acto en el orden de los actos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="581"/>
        <source>Remove event</source>
        <translation>Quitar acto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="582"/>
        <source>Remove “{0}” from the order of events?</source>
        <translation>¿Quitar “{0}” del orden de los actos?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="598"/>
        <source>Who does what</source>
        <translation>Quién hace qué</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="601"/>
        <source>Write the name of each person taking part. Names appear on the guests&apos; programme and the run-of-show; leave a role empty if nobody fills it.</source>
        <translation>Escriba el nombre de cada persona que participa. Los nombres aparecen en el programa para los invitados y en el guion del acto; deje vacío un papel si nadie lo desempeña.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="632"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Regalos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="655"/>
        <source>Gifts to officials often become city property and must be reported, so write down every gift given and received.</source>
        <translation>Los regalos a cargos públicos suelen pasar a ser propiedad municipal y deben declararse, así que anote cada regalo entregado y recibido.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="657"/>
        <source>Gifts given and received</source>
        <translation>Regalos entregados y recibidos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="661"/>
        <source>Given or received</source>
        <translation>Entregado o recibido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="662"/>
        <source>We give</source>
        <translation>Entregamos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="663"/>
        <source>We receive</source>
        <translation>Recibimos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="664"/>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="666"/>
        <source>The gift, e.g. a framed print of the old mill</source>
        <translation>El regalo, p. ej., un grabado enmarcado del viejo molino</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="667"/>
        <source>Given to or received from</source>
        <translation>Entregado a o recibido de</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="668"/>
        <source>To or from whom</source>
        <translation>A quién o de quién</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="671"/>
        <source>Add &amp;gift</source>
        <translation>Añadir &amp;regalo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="673"/>
        <source>Remove gif&amp;t</source>
        <translation>Quitar rega&amp;lo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="682"/>
        <source>the partner&apos;s country</source>
        <translation>el país de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="683"/>
        <source>Before choosing gifts for {0}:</source>
        <translation>Antes de elegir regalos para {0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="685"/>
        <source>Gift cautions</source>
        <translation>Precauciones con los regalos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="695"/>
        <source>We give: {0} (to {1})</source>
        <translation>Entregamos: {0} (a {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="696"/>
        <source>We give: {0}</source>
        <translation>Entregamos: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="698"/>
        <source>We receive: {0} (from {1})</source>
        <translation>Recibimos: {0} (de {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="699"/>
        <source>We receive: {0}</source>
        <translation>Recibimos: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="704"/>
        <source>No gifts recorded yet.</source>
        <translation>Aún no se ha anotado ningún regalo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="722"/>
        <source>Select a gift in the list first.</source>
        <translation>Seleccione primero un regalo en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="724"/>
        <source>Remove gift</source>
        <translation>Quitar regalo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="725"/>
        <source>Remove “{0}”?</source>
        <translation>¿Quitar “{0}”?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="733"/>
        <source>Flag and seating plan</source>
        <translation>Banderas y disposición de asientos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="736"/>
        <source>Seen from the audience. The place of honour is at the host&apos;s right, so the guest signatory sits on the audience&apos;s left. Each city&apos;s flag stands behind its own signatory, both flags the same size, and each city&apos;s original lies in front of its own signatory.</source>
        <translation>Visto desde el público. El lugar de honor está a la derecha del anfitrión, por lo que el firmante invitado se sienta a la izquierda del público. La bandera de cada ciudad se coloca detrás de su propio firmante, ambas banderas del mismo tamaño, y el original de cada ciudad se coloca delante de su propio firmante.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="760"/>
        <source>Print for the day</source>
        <translation>Imprimir para el día</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="763"/>
        <source>The guests&apos; programme is printed in both languages. The run-of-show is for the organisers: every item with its clock time, who takes part and what to do.</source>
        <translation>El programa para los invitados se imprime en ambos idiomas. El guion del acto es para los organizadores: cada punto con su hora, quién participa y qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="766"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="768"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="769"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="792"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="35"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="36"/>
        <source>Region or state</source>
        <translation>Región o estado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="37"/>
        <source>Highest elected official</source>
        <translation>Máximo cargo electo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="38"/>
        <source>Official&apos;s title</source>
        <translation>Título del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="40"/>
        <source>Local sister city organisation</source>
        <translation>Organización local de hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="41"/>
        <source>Languages spoken</source>
        <translation>Idiomas hablados</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="43"/>
        <source>Geography (port, river, mountains, climate…)</source>
        <translation>Geografía (puerto, río, montañas, clima…)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="44"/>
        <source>Main industries</source>
        <translation>Principales industrias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="46"/>
        <source>Schools, colleges and universities</source>
        <translation>Escuelas, institutos y universidades</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="48"/>
        <source>Museums, music venues, community centres</source>
        <translation>Museos, salas de música, centros comunitarios</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="56"/>
        <source>Committee and city</source>
        <translation>Comité y ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="62"/>
        <source>Partners read about your city in letters and in the research comparison. Changes are saved as you leave each field.</source>
        <translation>Las ciudades asociadas leen sobre su ciudad en las cartas y en la comparación de la investigación. Los cambios se guardan al salir de cada campo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Nombre del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="80"/>
        <source>Committee name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="85"/>
        <source>Committee &amp;language:</source>
        <translation>&amp;Idioma del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="86"/>
        <source>Committee language</source>
        <translation>Idioma del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee &amp;email:</source>
        <translation>&amp;Correo electrónico del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="90"/>
        <source>Committee email</source>
        <translation>Correo electrónico del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="95"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>&amp;Population:</source>
        <translation>P&amp;oblación:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="99"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="100"/>
        <source>not specified</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="101"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="102"/>
        <source>Official&apos;s gender</source>
        <translation>Género del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="103"/>
        <source>Used for the correct title in letters (Maire, Bürgermeisterin…)</source>
        <translation>Se usa para el tratamiento correcto en las cartas (Maire, Bürgermeisterin…)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/committee_dialog.py" line="107"/>
        <source>Official&apos;s &amp;gender:</source>
        <translation>&amp;Género del cargo:</translation>
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
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>&amp;Side</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="42"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="43"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="46"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>&amp;Email</source>
        <translation>Corr&amp;eo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="47"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/contact_dialog.py" line="48"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>CorrespondencePanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="365"/>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="371"/>
        <source>Record every letter, email, call and visit, with the files that went with them, so anyone on the committee can pick up where the last person left off.</source>
        <translation>Registre cada carta, correo electrónico, llamada y visita, con los archivos que los acompañaron, para que cualquier miembro del comité pueda retomar el trabajo donde lo dejó el anterior.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="380"/>
        <source>Show channel</source>
        <translation>Mostrar canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="381"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="384"/>
        <source>Show sent or received</source>
        <translation>Mostrar enviados o recibidos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="385"/>
        <source>Sent and received</source>
        <translation>Enviados y recibidos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="388"/>
        <source>Search the correspondence</source>
        <translation>Buscar en la correspondencia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="389"/>
        <source>Finds words in the summary and in the people&apos;s names</source>
        <translation>Busca palabras en el resumen y en los nombres de las personas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="390"/>
        <source>Search summaries and names…</source>
        <translation>Buscar en resúmenes y nombres…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="392"/>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="404"/>
        <source>Correspondence timeline</source>
        <translation>Cronología de la correspondencia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="405"/>
        <source>Newest first. Double-click an exchange to edit it.</source>
        <translation>Lo más reciente primero. Haga doble clic en una comunicación para editarla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="275"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="432"/>
        <source>Files attached to the selected exchange:</source>
        <translation>Archivos adjuntos a la comunicación seleccionada:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="434"/>
        <source>Files attached to the selected exchange</source>
        <translation>Archivos adjuntos a la comunicación seleccionada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="435"/>
        <source>Double-click a file to open it</source>
        <translation>Haga doble clic en un archivo para abrirlo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="447"/>
        <source>&amp;Add exchange…</source>
        <translation>&amp;Añadir comunicación…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="449"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="451"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="453"/>
        <source>Attach &amp;file…</source>
        <translation>Adjuntar a&amp;rchivo…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="455"/>
        <source>&amp;Open attachment</source>
        <translation>A&amp;brir adjunto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="457"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="464"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="747"/>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="459"/>
        <source>Add exchange</source>
        <translation>Añadir comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="460"/>
        <source>Edit exchange</source>
        <translation>Editar comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="461"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="666"/>
        <source>Delete exchange</source>
        <translation>Eliminar comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="462"/>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="463"/>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="311"/>
        <source>%n attached: {0}</source>
        <translation>
            <numerusform>%n adjunto: {0}</numerusform>
            <numerusform>%n adjuntos: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="300"/>
        <source>No exchange matches these filters.</source>
        <translation>Ninguna comunicación coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="302"/>
        <source>No exchanges recorded yet. Use “Add exchange…” for the first letter, email or call.</source>
        <translation>Aún no hay comunicaciones registradas. Use “Añadir comunicación…” para la primera carta, correo electrónico o llamada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="511"/>
        <source>{0} exchange(s) match</source>
        <translation>
            <numerusform>{0} comunicación coincide</numerusform>
            <numerusform>{0} comunicaciones coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="513"/>
        <source>{0} exchange(s)</source>
        <translation>
            <numerusform>{0} comunicación</numerusform>
            <numerusform>{0} comunicaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="515"/>
        <source>{0}; the newest {1} are shown, scroll down for more</source>
        <translation>{0}; se muestran las {1} más recientes, desplácese hacia abajo para ver más</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="581"/>
        <source>Select an exchange to see its attached files.</source>
        <translation>Seleccione una comunicación para ver sus archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="584"/>
        <source>Files attached to the exchange of {0}:</source>
        <translation>Archivos adjuntos a la comunicación del {0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="587"/>
        <source>No files attached to the exchange of {0}. Use “Attach file…” to add a scan, a photo or a document.</source>
        <translation>No hay archivos adjuntos a la comunicación del {0}. Use “Adjuntar archivo…” para añadir un escaneo, una foto o un documento.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="609"/>
        <source>Select an exchange in the table first.</source>
        <translation>Seleccione primero una comunicación en la tabla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="658"/>
        <source>Delete the exchange of {0}?

“{1}”</source>
        <translation>¿Eliminar la comunicación del {0}?

“{1}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="661"/>
        <source>Its %n attached file will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Su %n archivo adjunto se moverá a la carpeta “deleted” dentro de la carpeta de adjuntos.</numerusform>
            <numerusform>Sus %n archivos adjuntos se moverán a la carpeta “deleted” dentro de la carpeta de adjuntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="664"/>
        <source>Its %n attached files will be moved to the “deleted” folder inside the attachments folder.</source>
        <translation>
            <numerusform>Su %n archivo adjunto se moverá a la carpeta “deleted” dentro de la carpeta de adjuntos.</numerusform>
            <numerusform>Sus %n archivos adjuntos se moverán a la carpeta “deleted” dentro de la carpeta de adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="693"/>
        <source>Attach a file to the exchange of {0}</source>
        <translation>Adjuntar un archivo a la comunicación del {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="710"/>
        <source>The copy of {0} is missing from the attachments folder ({1}).</source>
        <translation>Falta la copia de {0} en la carpeta de adjuntos ({1}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="715"/>
        <source>No program on this computer opens {0}.</source>
        <translation>Ningún programa de este equipo abre {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="727"/>
        <source>This exchange has no attached files. Use “Attach file…” first.</source>
        <translation>Esta comunicación no tiene archivos adjuntos. Use primero “Adjuntar archivo…”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="744"/>
        <source>Select a file in the list of attached files first.</source>
        <translation>Seleccione primero un archivo en la lista de archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="748"/>
        <source>Remove {0} from this exchange?

The copy is moved to the “deleted” folder inside the attachments folder; your original file is not touched.</source>
        <translation>¿Quitar {0} de esta comunicación?

La copia se mueve a la carpeta “deleted” dentro de la carpeta de adjuntos; su archivo original no se modifica.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="118"/>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="126"/>
        <source>What is due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="120"/>
        <source>Everything that needs the committee&apos;s attention, across all your partnerships. The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or select it and press Open, to go to the step that deals with it.</source>
        <translation>Todo lo que requiere la atención del comité, en todos sus hermanamientos. Lo más urgente aparece primero, marcado como “Atrasado” o “Ahora”. Haga doble clic en una línea, o selecciónela y pulse Abrir, para ir al paso correspondiente.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="127"/>
        <source>Most urgent first. Press Enter to open the step.</source>
        <translation>Lo más urgente primero. Pulse Intro para abrir el paso.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="148"/>
        <source>Nothing is due. Well done.</source>
        <translation>No hay nada pendiente. ¡Buen trabajo!</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="153"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="154"/>
        <source>Open the step for the selected line</source>
        <translation>Abrir el paso de la línea seleccionada</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="189"/>
        <source>%n needs attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n requiere atención ahora, {0} más por hacer.</numerusform>
            <numerusform>%n requieren atención ahora, {0} más por hacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="191"/>
        <source>%n need attention now, {0} more to do.</source>
        <translation>
            <numerusform>%n requiere atención ahora, {0} más por hacer.</numerusform>
            <numerusform>%n requieren atención ahora, {0} más por hacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPointsEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="155"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="156"/>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="157"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="158"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="161"/>
        <source>Industries</source>
        <translation>Industrias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="162"/>
        <source>Main industries, separated by commas</source>
        <translation>Principales industrias, separadas por comas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="163"/>
        <source>e.g. wine, tourism, software</source>
        <translation>p. ej., vino, turismo, software</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="164"/>
        <source>Academic institutions</source>
        <translation>Instituciones académicas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="165"/>
        <source>Academic institutions by name</source>
        <translation>Instituciones académicas por nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="166"/>
        <source>Cultural institutions</source>
        <translation>Instituciones culturales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="167"/>
        <source>Cultural institutions by name</source>
        <translation>Instituciones culturales por nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="168"/>
        <source>Population:</source>
        <translation>Población:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="169"/>
        <source>Geography:</source>
        <translation>Geografía:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="170"/>
        <source>Climate:</source>
        <translation>Clima:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="171"/>
        <source>Industries:</source>
        <translation>Industrias:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="172"/>
        <source>Schools and universities:</source>
        <translation>Escuelas y universidades:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="173"/>
        <location filename="../sistercity_desktop/ui/data_points.py" line="175"/>
        <source>… by name:</source>
        <translation>… por nombre:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="174"/>
        <source>Culture:</source>
        <translation>Cultura:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="97"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="102"/>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/fields.py" line="140"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>“{0}” no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2026-03-14.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="75"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="76"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation:</source>
        <translation>Saludo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="77"/>
        <source>Salutation</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening:</source>
        <translation>Introducción:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="78"/>
        <source>Opening</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs:</source>
        <translation>Párrafos:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="79"/>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing:</source>
        <translation>Despedida:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="80"/>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="85"/>
        <source>Separate paragraphs with an empty line. Changes are kept; “Use the proposed wording” brings back the app&apos;s text.</source>
        <translation>Separe los párrafos con una línea vacía. Los cambios se conservan; “Usar la redacción propuesta” recupera el texto de la aplicación.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Edit exchange</source>
        <translation>Editar comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="126"/>
        <source>Add exchange</source>
        <translation>Añadir comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="129"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="130"/>
        <source>When the letter, email, call or visit happened</source>
        <translation>Cuándo tuvo lugar la carta, el correo electrónico, la llamada o la visita</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="136"/>
        <source>Sent or received</source>
        <translation>Enviado o recibido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="139"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="142"/>
        <source>Our people</source>
        <translation>Nuestros participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="143"/>
        <source>Who took part on our side</source>
        <translation>Quién participó por nuestra parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="144"/>
        <source>Their people</source>
        <translation>Sus participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="145"/>
        <source>Who took part on the partner city&apos;s side</source>
        <translation>Quién participó por parte de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="146"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="147"/>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="150"/>
        <source>What was said or agreed, in a sentence or two</source>
        <translation>Qué se dijo o acordó, en una o dos frases</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="159"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="160"/>
        <source>S&amp;ent or received:</source>
        <translation>&amp;Enviado o recibido:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="161"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="162"/>
        <source>&amp;Our people:</source>
        <translation>&amp;Nuestros participantes:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="163"/>
        <source>&amp;Their people:</source>
        <translation>&amp;Sus participantes:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="164"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../sistercity_desktop/files.py" line="37"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>No se puede escribir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="39"/>
        <source>Agreements are written in {languages}; &apos;{language}&apos; is not one of them.</source>
        <translation>Los acuerdos se redactan en {languages}; “{language}” no es uno de ellos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="73"/>
        <source>The area</source>
        <translation>Área de cooperación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="80"/>
        <source>Unknown area of cooperation &apos;{area}&apos;.</source>
        <translation>Área de cooperación desconocida: “{area}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="90"/>
        <source>Unknown clause &apos;{clause}&apos;.</source>
        <translation>Cláusula desconocida: “{clause}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="97"/>
        <source>The number of exchanges a year must be between 1 and 100.</source>
        <translation>El número de intercambios al año debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="106"/>
        <source>The place of signing</source>
        <translation>Lugar de la firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="197"/>
        <source>Choose the two originals or a plain bilingual copy.</source>
        <translation>Elija los dos originales o una copia bilingüe simple.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="202"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="286"/>
        <source>Choose the partner city first (step 2).</source>
        <translation>Elija primero la ciudad asociada (paso 2).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/agreement.py" line="207"/>
        <source>Agreements are written in {languages}; change the document language &apos;{language}&apos; first.</source>
        <translation>Los acuerdos se redactan en {languages}; cambie primero el idioma de los documentos (“{language}”).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="117"/>
        <source>The host is either our city or the partner city.</source>
        <translation>El anfitrión debe ser nuestra ciudad o la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="133"/>
        <source>Unknown preset &apos;{key}&apos;; choose one of {choices}.</source>
        <translation>Orden de actos predefinido desconocido: “{key}”; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="151"/>
        <source>An event lasts from 1 to 600 minutes.</source>
        <translation>Un acto debe durar entre 1 y 600 minutos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="153"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="219"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="42"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="98"/>
        <source>The title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="156"/>
        <source>The partner&apos;s title</source>
        <translation>Título en el idioma de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="158"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="160"/>
        <source>The cue</source>
        <translation>Nota para los organizadores</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="181"/>
        <location filename="../sistercity_desktop/services/ceremony.py" line="191"/>
        <source>That event no longer exists.</source>
        <translation>Ese acto ya no existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="208"/>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Papel desconocido: “{role}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="210"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="28"/>
        <source>Side must be one of {choices}.</source>
        <translation>La parte debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="218"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="40"/>
        <source>The name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="227"/>
        <source>A gift is given or received.</source>
        <translation>Indique si el regalo se entrega o se recibe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="231"/>
        <source>The gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="234"/>
        <source>The recipient</source>
        <translation>Entregado a o recibido de</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="236"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="372"/>
        <location filename="../sistercity_desktop/services/research.py" line="241"/>
        <source>The note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony.py" line="261"/>
        <source>Set the ceremony&apos;s date, start time and time zone first.</source>
        <translation>Indique primero la fecha, la hora de inicio y la zona horaria de la ceremonia.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="75"/>
        <source>Add the order of events first (choose a preset).</source>
        <translation>Añada primero el orden de los actos (elija uno predefinido).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/ceremony_docs.py" line="201"/>
        <source>Unknown ceremony document &apos;{kind}&apos;.</source>
        <translation>Documento de ceremonia desconocido: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="54"/>
        <source>Set up your committee first (or run `sistercity demo`).</source>
        <translation>Configure primero su comité (o ejecute `sistercity demo`).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="79"/>
        <location filename="../sistercity_desktop/services/committee.py" line="157"/>
        <source>The committee&apos;s name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="81"/>
        <source>Your city&apos;s name</source>
        <translation>Nombre de su ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="85"/>
        <location filename="../sistercity_desktop/services/committee.py" line="180"/>
        <source>Choose your city&apos;s country.</source>
        <translation>Elija el país de su ciudad.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="87"/>
        <location filename="../sistercity_desktop/services/committee.py" line="192"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="320"/>
        <location filename="../sistercity_desktop/services/research.py" line="212"/>
        <source>The population must be between 0 and 100 million.</source>
        <translation>La población debe estar entre 0 y 100 millones.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="90"/>
        <source>This data folder already has a committee.</source>
        <translation>Esta carpeta de datos ya tiene un comité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="97"/>
        <source>The official&apos;s name</source>
        <translation>Nombre del máximo cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="100"/>
        <source>The official&apos;s title</source>
        <translation>Título del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="103"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="43"/>
        <source>The organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="108"/>
        <location filename="../sistercity_desktop/services/committee.py" line="160"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="33"/>
        <source>The email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="121"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="265"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="324"/>
        <source>Choose one of: {choices}.</source>
        <translation>Elija una de estas opciones: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="128"/>
        <location filename="../sistercity_desktop/services/committee.py" line="196"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="252"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="276"/>
        <location filename="../sistercity_desktop/services/research.py" line="183"/>
        <location filename="../sistercity_desktop/services/research.py" line="189"/>
        <source>Unknown field &apos;{key}&apos;.</source>
        <translation>Campo desconocido: “{key}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="162"/>
        <location filename="../sistercity_desktop/services/committee.py" line="170"/>
        <location filename="../sistercity_desktop/services/contacts.py" line="35"/>
        <source>“{email}” does not look like an email address.</source>
        <translation>“{email}” no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="167"/>
        <source>The national body</source>
        <translation>Organismo nacional</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="175"/>
        <source>The language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/committee.py" line="189"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” no es un número entero.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="31"/>
        <source>Role must be one of {choices}.</source>
        <translation>La función debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/contacts.py" line="46"/>
        <source>The phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="81"/>
        <source>Direction must be one of {choices}.</source>
        <translation>Enviado o recibido: el valor debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="84"/>
        <source>Channel must be one of {choices}.</source>
        <translation>El canal debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="87"/>
        <source>An exchange cannot be dated in the future; plan it in the work plan.</source>
        <translation>Una comunicación no puede tener una fecha futura; prevéala en el plan de trabajo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="91"/>
        <source>Our people</source>
        <translation>Nuestros participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="93"/>
        <source>Their people</source>
        <translation>Sus participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="95"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="148"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="113"/>
        <source>The summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="114"/>
        <location filename="../sistercity_desktop/services/correspondence.py" line="160"/>
        <source>That entry no longer exists.</source>
        <translation>Esa comunicación ya no existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="138"/>
        <location filename="../sistercity_desktop/store/backup.py" line="122"/>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="141"/>
        <source>{name} is too large to attach ({size} MB; at most {limit} MB).</source>
        <translation>{name} es demasiado grande para adjuntarlo ({size} MB; como máximo {limit} MB).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/correspondence.py" line="154"/>
        <source>Cannot copy {name}: {reason}.</source>
        <translation>No se puede copiar {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/demo.py" line="32"/>
        <source>This data folder already has a committee; use an empty data folder for the demo (--data-dir).</source>
        <translation>Esta carpeta de datos ya tiene un comité; use una carpeta de datos vacía para la demostración (--data-dir).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="53"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <translation>Tipo de documento desconocido: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="74"/>
        <source>Give the partnership&apos;s id (at least its first 4 characters); `sistercity list --json` shows the ids.</source>
        <translation>Indique el identificador del hermanamiento (al menos sus 4 primeros caracteres); `sistercity list --json` muestra los identificadores.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="79"/>
        <source>No partnership has an id starting with &apos;{text}&apos;.</source>
        <translation>Ningún hermanamiento tiene un identificador que empiece por “{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/documents.py" line="82"/>
        <source>&apos;{text}&apos; matches %n partnership(s); give more of the id.</source>
        <translation>
            <numerusform>“{text}” coincide con %n hermanamiento; indique más caracteres del identificador.</numerusform>
            <numerusform>“{text}” coincide con %n hermanamientos; indique más caracteres del identificador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="128"/>
        <source>Usage: sistercity document PARTNERSHIP_ID KIND --out DIR (see --list-kinds).</source>
        <translation>Uso: sistercity document PARTNERSHIP_ID KIND --out DIR (consulte --list-kinds).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="132"/>
        <source>Unknown document kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>Tipo de documento desconocido: “{kind}”; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/documents.py" line="137"/>
        <source>Say where to write the document with --out DIR.</source>
        <translation>Indique con --out DIR dónde escribir el documento.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="41"/>
        <location filename="../sistercity_desktop/services/evaluation.py" line="158"/>
        <location filename="../sistercity_desktop/services/inquiries.py" line="148"/>
        <location filename="../sistercity_desktop/services/research.py" line="267"/>
        <source>The reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="127"/>
        <source>An evaluation cannot be recorded for a future date.</source>
        <translation>No se puede registrar una evaluación con una fecha futura.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="128"/>
        <source>An adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="136"/>
        <source>The next evaluation must come after this one.</source>
        <translation>La próxima evaluación debe ser posterior a esta.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="69"/>
        <source>No evaluation has been recorded yet (step 7).</source>
        <translation>Aún no se ha registrado ninguna evaluación (paso 7).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="95"/>
        <source>Unknown document &apos;{kind}&apos;.</source>
        <translation>Documento desconocido: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/followup_docs.py" line="132"/>
        <source>Nothing to put in a calendar yet: no ceremony, evaluation or dated work plan item.</source>
        <translation>Aún no hay nada que poner en un calendario: ni ceremonia, ni evaluación, ni elementos del plan de trabajo con fecha.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="50"/>
        <source>Your policy already has questions; edit them instead.</source>
        <translation>Su política ya tiene preguntas; edítelas en lugar de añadir otras.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="58"/>
        <source>The question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="61"/>
        <source>A question&apos;s weight is from 1 to 5.</source>
        <translation>El peso de una pregunta va de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="99"/>
        <source>The source must be one of {choices}.</source>
        <translation>La procedencia debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="103"/>
        <source>The country must be a two-letter code such as FR.</source>
        <translation>El país debe ser un código de dos letras, como FR.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="108"/>
        <source>The city</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="111"/>
        <source>The contact</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="123"/>
        <source>That inquiry no longer exists.</source>
        <translation>Esa solicitud ya no existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="131"/>
        <source>That question is no longer in the policy.</source>
        <translation>Esa pregunta ya no está en la política.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/inquiries.py" line="146"/>
        <location filename="../sistercity_desktop/services/research.py" line="265"/>
        <source>The decision must be one of {choices}.</source>
        <translation>La decisión debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="85"/>
        <source>Unknown letter kind &apos;{kind}&apos;; choose one of {choices}.</source>
        <translation>Tipo de carta desconocido: “{kind}”; elija uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="89"/>
        <source>Letters are written in {choices}; &apos;{language}&apos; is not one of them.</source>
        <translation>Las cartas se redactan en {choices}; “{language}” no es uno de ellos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="128"/>
        <source>Choose the partner city first (step 2): a letter needs a recipient.</source>
        <translation>Elija primero la ciudad asociada (paso 2): una carta necesita un destinatario.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="190"/>
        <source>A paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="192"/>
        <source>The address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="194"/>
        <source>The subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="196"/>
        <source>The salutation</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="197"/>
        <source>The opening</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="199"/>
        <source>The closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="202"/>
        <source>The letter needs at least one paragraph.</source>
        <translation>La carta necesita al menos un párrafo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/letters.py" line="267"/>
        <source>Layout must be one of {choices}.</source>
        <translation>La disposición debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="51"/>
        <source>The email texts are missing from resources/email.</source>
        <translation>Faltan los textos de los correos electrónicos en resources/email.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="106"/>
        <location filename="../sistercity_desktop/services/packets.py" line="169"/>
        <source>Unknown document &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>Documento desconocido: “{kind}”; elija entre {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="166"/>
        <source>Choose at least one document for the packet.</source>
        <translation>Elija al menos un documento para el paquete.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="251"/>
        <source>Set the national sister cities body&apos;s email address first (File › Preferences).</source>
        <translation>Indique primero la dirección de correo electrónico del organismo nacional de ciudades hermanas (Archivo › Preferencias).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/packets.py" line="261"/>
        <source>Record the signing date first (step 6): this packet goes out after signing.</source>
        <translation>Registre primero la fecha de la firma (paso 6): este paquete se envía después de la firma.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="125"/>
        <source>No partnership with id {pid}.</source>
        <translation>No hay ningún hermanamiento con el identificador {pid}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="180"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="181"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="182"/>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="183"/>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="184"/>
        <source>Industries</source>
        <translation>Industrias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="185"/>
        <source>Academic institutions</source>
        <translation>Instituciones académicas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="186"/>
        <source>Cultural institutions</source>
        <translation>Instituciones culturales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="187"/>
        <source>Academic kinds</source>
        <translation>Tipos de instituciones académicas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="188"/>
        <source>Cultural kinds</source>
        <translation>Tipos de instituciones culturales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="189"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="190"/>
        <source>Official name</source>
        <translation>Nombre del cargo electo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="191"/>
        <source>Official title</source>
        <translation>Cargo oficial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="192"/>
        <source>Local organisation</source>
        <translation>Organización local</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="193"/>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="194"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="195"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="196"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="209"/>
        <source>{label} cannot be empty.</source>
        <translation>El campo “{label}” no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="211"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>El campo “{label}” es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="220"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="370"/>
        <location filename="../sistercity_desktop/services/workplan.py" line="80"/>
        <source>Kind must be one of {choices}.</source>
        <translation>El tipo debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="223"/>
        <location filename="../sistercity_desktop/services/partnerships.py" line="357"/>
        <source>The step must be between 1 and {last}.</source>
        <translation>El paso debe estar entre 1 y {last}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="225"/>
        <source>The partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="228"/>
        <source>Choose the partner city&apos;s country.</source>
        <translation>Elija el país de la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="261"/>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>“{value}” no es una fecha; use el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="309"/>
        <source>Unknown city field &apos;{key}&apos;.</source>
        <translation>Campo de ciudad desconocido: “{key}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="317"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>“{value}” no es un número entero.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="329"/>
        <source>The country must be a two-letter ISO code such as JP.</source>
        <translation>El país debe ser un código ISO de dos letras, como JP.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="340"/>
        <source>Unknown checklist item &apos;{key}&apos;.</source>
        <translation>Elemento de la lista de verificación desconocido: “{key}”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/partnerships.py" line="360"/>
        <source>Steps are taken in order; finish the ones before it first.</source>
        <translation>Los pasos se siguen en orden; termine primero los anteriores.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="88"/>
        <source>The limit must be between 1 and 500.</source>
        <translation>El límite debe estar entre 1 y 500.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="125"/>
        <source>No city with GeoNames id {geonameid} in the gazetteer.</source>
        <translation>No hay ninguna ciudad con el identificador de GeoNames {geonameid} en el nomenclátor.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="130"/>
        <location filename="../sistercity_desktop/services/research.py" line="149"/>
        <source>{city} is already a candidate.</source>
        <translation>{city} ya es candidata.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="140"/>
        <source>The city&apos;s name</source>
        <translation>Nombre de la ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="144"/>
        <source>Choose the candidate city&apos;s country.</source>
        <translation>Elija el país de la ciudad candidata.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="162"/>
        <source>That candidate no longer exists.</source>
        <translation>Esa candidata ya no existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="173"/>
        <source>The strength of the historical tie</source>
        <translation>Intensidad de los lazos históricos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="175"/>
        <source>The strength of the historical tie is from 0 (none) to 3.</source>
        <translation>La intensidad de los lazos históricos va de 0 (ninguna) a 3.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="202"/>
        <source>{label}: “{value}” is not a whole number.</source>
        <translation>{label}: “{value}” no es un número entero.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="210"/>
        <source>The population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="219"/>
        <source>Choose a climate from: {choices}.</source>
        <translation>Elija un clima entre: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="225"/>
        <source>Unknown kind &apos;{kind}&apos;; choose from {choices}.</source>
        <translation>Tipo desconocido: “{kind}”; elija entre {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="233"/>
        <source>The kind of tie must be one of {choices}.</source>
        <translation>El tipo de relación debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="236"/>
        <source>A tie&apos;s strength is 1 (slight), 2 (real) or 3 (strong).</source>
        <translation>La intensidad de una relación es 1 (leve), 2 (real) o 3 (fuerte).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="275"/>
        <source>{city} is already chosen; set it back to “considering” first.</source>
        <translation>{city} ya está elegida; vuelva a ponerla primero “En estudio”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="372"/>
        <source>Your city&apos;s position is unknown, so distance cannot be used: pick your city from the gazetteer in the research step first.</source>
        <translation>Se desconoce la ubicación de su ciudad, así que no se puede usar la distancia: elija primero su ciudad en el nomenclátor, en el paso de investigación.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research.py" line="392"/>
        <source>Enter your city&apos;s population first (File › Committee and city).</source>
        <translation>Escriba primero la población de su ciudad (Archivo › Comité y ciudad).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="162"/>
        <source>Not a valid data file: {where}: {problem}.</source>
        <translation>Archivo de datos no válido: {where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="170"/>
        <source>more than {count} records</source>
        <translation>más de {count} registros</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="173"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="177"/>
        <source>unknown field {field}</source>
        <translation>campo desconocido {field}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="184"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>falta el campo “{field}”</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="192"/>
        <source>{value} is not a UUID</source>
        <translation>{value} no es un UUID</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="195"/>
        <source>duplicate id {id}</source>
        <translation>identificador duplicado {id}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="202"/>
        <source>must not be empty (null)</source>
        <translation>no puede estar vacío (null)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="207"/>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="211"/>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="215"/>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="217"/>
        <source>expected an ordinary number</source>
        <translation>se esperaba un número finito de tamaño razonable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="221"/>
        <source>expected a date as text (YYYY-MM-DD)</source>
        <translation>se esperaba una fecha como texto (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="226"/>
        <source>{value} is not a valid date</source>
        <translation>{value} no es una fecha válida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="230"/>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="233"/>
        <source>text with broken characters (lone surrogates)</source>
        <translation>texto con caracteres dañados (sustitutos aislados)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="236"/>
        <source>text longer than {limit} characters</source>
        <translation>texto de más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="240"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es ninguno de estos valores: {choices}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="244"/>
        <source>unsupported value</source>
        <translation>valor no admitido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="256"/>
        <source>must be between 1 and {last}</source>
        <translation>debe estar entre 1 y {last}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="265"/>
        <location filename="../sistercity_desktop/services/transfer.py" line="317"/>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="272"/>
        <source>the same checklist item appears twice</source>
        <translation>el mismo elemento de la lista de verificación aparece dos veces</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="277"/>
        <source>Not a valid data file: {name} is not a number this app stores.</source>
        <translation>Archivo de datos no válido: {name} no es un número que esta aplicación pueda guardar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="287"/>
        <source>Not a valid data file: not JSON ({error}, line {line}).</source>
        <translation>Archivo de datos no válido: no es JSON ({error}, línea {line}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="291"/>
        <source>Not a valid data file: it is nested far too deeply.</source>
        <translation>Archivo de datos no válido: tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="294"/>
        <source>Not a valid data file: it holds a number too long to read.</source>
        <translation>Archivo de datos no válido: contiene un número demasiado largo para leerlo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="297"/>
        <source>Not a Sister City Desktop data file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>No es un archivo de datos de Sister City Desktop (falta &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="301"/>
        <source>Not a valid data file: unknown field {field}.</source>
        <translation>Archivo de datos no válido: campo desconocido {field}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="307"/>
        <source>Unsupported data file version {shown}; this app reads version {version}.</source>
        <translation>Versión de archivo de datos no admitida ({shown}); esta aplicación lee la versión {version}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="339"/>
        <source>The data file conflicts with what is already stored ({error}); nothing was imported.</source>
        <translation>El archivo de datos entra en conflicto con lo que ya está guardado ({error}); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="370"/>
        <source>This data folder belongs to {ours}; the file is for another committee ({theirs}). Import it into an empty data folder.</source>
        <translation>Esta carpeta de datos pertenece a {ours}; el archivo es de otro comité ({theirs}). Impórtelo en una carpeta de datos vacía.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="388"/>
        <source>{path} is too large for a data file ({size} bytes).</source>
        <translation>{path} es demasiado grande para ser un archivo de datos ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="393"/>
        <source>No such file: {path}.</source>
        <translation>No existe el archivo: {path}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="396"/>
        <source>Not a valid data file: {path} is not UTF-8 text.</source>
        <translation>Archivo de datos no válido: {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/transfer.py" line="399"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="58"/>
        <source>A goal is short-term (within a year) or long-term.</source>
        <translation>Un objetivo debe ser a corto plazo (dentro de un año) o a largo plazo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="61"/>
        <source>The goal</source>
        <translation>Título del objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="64"/>
        <source>The description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="83"/>
        <source>Term must be short or long.</source>
        <translation>El plazo debe ser corto o largo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="85"/>
        <source>Status must be one of {choices}.</source>
        <translation>El estado debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="88"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="90"/>
        <source>The budget must be a positive amount.</source>
        <translation>El presupuesto debe ser un importe positivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="92"/>
        <source>The number of participants must be between 0 and 1,000,000.</source>
        <translation>El número de participantes debe estar entre 0 y 1 000 000.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="95"/>
        <source>That goal belongs to another partnership or was deleted.</source>
        <translation>Ese objetivo pertenece a otro hermanamiento o se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="101"/>
        <source>The owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="105"/>
        <source>The notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/workplan.py" line="123"/>
        <source>That work plan item no longer exists.</source>
        <translation>Ese elemento del plan de trabajo ya no existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="88"/>
        <source>Cannot create {path}: {error}.</source>
        <translation>No se puede crear {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="94"/>
        <source>{path} already exists; choose another folder or remove it first.</source>
        <translation>{path} ya existe; elija otra carpeta o elimine primero lo que ya existe.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/sharing/packet.py" line="125"/>
        <source>Cannot write the packet in {path}: {error}. Nothing was left behind.</source>
        <translation>No se puede escribir el paquete en {path}: {error}. No ha quedado ningún archivo a medias.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="70"/>
        <source>Could not copy the database to {path}: {error}.</source>
        <translation>No se pudo copiar la base de datos en {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="132"/>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} no es una base de datos legible ({error}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="135"/>
        <source>{name} is damaged ({details}).</source>
        <translation>{name} está dañado ({details}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="137"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/backup.py" line="139"/>
        <source>{name} is not a Sister City Desktop store.</source>
        <translation>{name} no es un almacén de Sister City Desktop.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="94"/>
        <source>Cannot use the data folder {folder}: {error}.</source>
        <translation>No se puede usar la carpeta de datos {folder}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="102"/>
        <source>The data file {path} cannot be read: {reason} Nothing was changed; restore a backup (`sistercity restore`) or move the file aside.</source>
        <translation>No se puede leer el archivo de datos {path}: {reason} No se ha cambiado nada; restaure una copia de seguridad (`sistercity restore`) o mueva el archivo a otro lugar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="119"/>
        <location filename="../sistercity_desktop/store/db.py" line="163"/>
        <source>{path} is not a Sister City Desktop database (it is not an SQLite file).</source>
        <translation>{path} no es una base de datos de Sister City Desktop (no es un archivo SQLite).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="123"/>
        <source>{path} is an SQLite database, but not one of Sister City Desktop&apos;s.</source>
        <translation>{path} es una base de datos SQLite, pero no de Sister City Desktop.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="138"/>
        <source>{path} was written by a newer version of Sister City Desktop (schema {schema}); please update the app.</source>
        <translation>{path} se creó con una versión más reciente de Sister City Desktop (esquema {schema}); actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="169"/>
        <source>the integrity check found damage ({details}).</source>
        <translation>la comprobación de integridad encontró daños ({details}).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="185"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="200"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>No se puede abrir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/store/db.py" line="229"/>
        <source>Cannot restore: {problem}</source>
        <translation>No se puede restaurar: {problem}</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="159"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="167"/>
        <source>Once a year, look back with the partner city: what the work plan promised, what happened, and what to change. The app gathers the facts it knows; the committee adds its judgement.</source>
        <translation>Una vez al año, haga balance con la ciudad asociada: qué prometía el plan de trabajo, qué ocurrió y qué cambiar. La aplicación reúne los datos que conoce; el comité aporta su criterio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="180"/>
        <source>What the app knows</source>
        <translation>Lo que sabe la aplicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="182"/>
        <source>Partnership health</source>
        <translation>Salud del hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="189"/>
        <source>Health:</source>
        <translation>Salud:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="201"/>
        <source>Record an evaluation</source>
        <translation>Registrar una evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="204"/>
        <source>Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, events, what people said. Leave a part “not rated” if nobody can judge it.</source>
        <translation>Califique cada aspecto de 1 (deficiente) a 5 (muy bueno) e indique qué lo demuestra: cifras, actividades, lo que dijo la gente. Deje un aspecto “sin calificar” si nadie puede juzgarlo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Part and question</source>
        <translation>Aspecto y pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="208"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="220"/>
        <source>{0} rating</source>
        <translation>Calificación de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="221"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="224"/>
        <source>{0} evidence</source>
        <translation>Pruebas de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="225"/>
        <source>What shows it?</source>
        <translation>¿Qué lo demuestra?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="236"/>
        <source>Adjustments to the work plan</source>
        <translation>Ajustes al plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="237"/>
        <source>One change per line; each line becomes a new item in the work plan</source>
        <translation>Un cambio por línea; cada línea se convierte en un nuevo elemento del plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="240"/>
        <source>One change per line, e.g. “Find a Tartu owner for the e-services exchange”</source>
        <translation>Un cambio por línea, p. ej., “Buscar un responsable en Tartu para el intercambio de servicios electrónicos”</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="242"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="243"/>
        <source>The committee&apos;s conclusion in a few sentences; it opens the evaluation report</source>
        <translation>La conclusión del comité en pocas frases; abre el informe de evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="246"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="398"/>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="247"/>
        <source>The day the committee evaluated</source>
        <translation>El día en que el comité hizo la evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="248"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="399"/>
        <source>Next evaluation</source>
        <translation>Próxima evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="249"/>
        <source>Proposed: a year after this one. Between 6 and 24 months is recommended.</source>
        <translation>Propuesta: un año después de esta. Se recomienda entre 6 y 24 meses.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="256"/>
        <source>Ad&amp;justments:</source>
        <translation>A&amp;justes:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="259"/>
        <source>Each line becomes a new item in the work plan, so the change is followed up.</source>
        <translation>Cada línea se convierte en un nuevo elemento del plan de trabajo, para hacer el seguimiento del cambio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="261"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="262"/>
        <source>&amp;Held on:</source>
        <translation>&amp;Celebrada el:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="263"/>
        <source>Ne&amp;xt evaluation:</source>
        <translation>Pró&amp;xima evaluación:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="267"/>
        <source>Proposed: a year after this evaluation. A date outside 6 to 24 months needs a reason.</source>
        <translation>Propuesta: un año después de esta evaluación. Una fecha fuera del intervalo de 6 a 24 meses requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="275"/>
        <source>&amp;Record evaluation</source>
        <translation>Re&amp;gistrar evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="276"/>
        <source>Record evaluation</source>
        <translation>Registrar evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="303"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="305"/>
        <source>Past evaluations</source>
        <translation>Evaluaciones anteriores</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="306"/>
        <source>Newest first</source>
        <translation>Lo más reciente primero</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="310"/>
        <source>Evaluation repor&amp;t…</source>
        <translation>Informe de e&amp;valuación…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="311"/>
        <source>Evaluation report</source>
        <translation>Informe de evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="312"/>
        <source>Preview, print or save the latest evaluation as a PDF</source>
        <translation>Vista previa, imprimir o guardar la última evaluación como PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="326"/>
        <source>Score {0} of 100</source>
        <translation>Puntuación: {0} de 100</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="335"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="342"/>
        <source>Adjustments:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="346"/>
        <source>No evaluation recorded yet.</source>
        <translation>Aún no se ha registrado ninguna evaluación.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="387"/>
        <source>{0}: choose a rating from 1 to 5 for the evidence you wrote, or clear the evidence.</source>
        <translation>{0}: elija una calificación de 1 a 5 para las pruebas que escribió, o borre las pruebas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="401"/>
        <source>Say on which day the evaluation was held.</source>
        <translation>Indique qué día se celebró la evaluación.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="404"/>
        <source>Rate at least one part or write a summary before recording.</source>
        <translation>Califique al menos un aspecto o escriba un resumen antes de registrar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="418"/>
        <source>Next evaluation date</source>
        <translation>Fecha de la próxima evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="419"/>
        <source>{0}

Keep this date anyway? Say why (for example, council elections or a planned visit):</source>
        <translation>{0}

¿Mantener esta fecha de todos modos? Indique por qué (por ejemplo, elecciones municipales o una visita prevista):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="422"/>
        <source>Not recorded yet: choose another next evaluation date, or give a reason.</source>
        <translation>Aún no registrada: elija otra fecha para la próxima evaluación o indique un motivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="426"/>
        <source>Not recorded: a date outside 6 to 24 months needs a reason.</source>
        <translation>No registrada: una fecha fuera del intervalo de 6 a 24 meses requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="438"/>
        <source>Evaluation of {0} recorded.</source>
        <translation>Evaluación de {0} registrada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="440"/>
        <source>%n adjustment was added to the work plan as new items.</source>
        <translation>
            <numerusform>Se añadió %n ajuste al plan de trabajo como elemento nuevo.</numerusform>
            <numerusform>Se añadieron %n ajustes al plan de trabajo como elementos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="443"/>
        <source>%n adjustments were added to the work plan as new items.</source>
        <translation>
            <numerusform>Se añadió %n ajuste al plan de trabajo como elemento nuevo.</numerusform>
            <numerusform>Se añadieron %n ajustes al plan de trabajo como elementos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="455"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="55"/>
        <source>Export a packet</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="64"/>
        <source>Choose the documents of {0} to share. You get each PDF, one PDF with everything (with bookmarks), the data and a short README.</source>
        <translation>Elija los documentos de {0} que desea compartir. Obtendrá cada PDF, un PDF con todo (con marcadores), los datos y un breve archivo README.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="66"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="74"/>
        <source>Not ready yet for this partnership.</source>
        <translation>Aún no está listo para este hermanamiento.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="79"/>
        <source>Save in folder</source>
        <translation>Guardar en la carpeta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="80"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One &amp;ZIP file</source>
        <translation>Un archivo &amp;ZIP</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="82"/>
        <source>One ZIP file</source>
        <translation>Un archivo ZIP</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A &amp;folder</source>
        <translation>Una &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="83"/>
        <source>A folder</source>
        <translation>Una carpeta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="85"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="87"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="88"/>
        <source>Save in:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="93"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="98"/>
        <source>Email draft</source>
        <translation>Borrador de correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="101"/>
        <source>After exporting, make an email draft your mail program opens as a new message with the files attached (it works offline; send it when you are online).</source>
        <translation>Tras exportar, cree un borrador que su programa de correo abre como mensaje nuevo con los archivos adjuntos (funciona sin conexión; envíelo cuando esté conectado).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="103"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="114"/>
        <source>Email language</source>
        <translation>Idioma del correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="119"/>
        <source>Make &amp;email draft</source>
        <translation>Crear &amp;borrador de correo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="122"/>
        <source>Open as &amp;plain email (no attachments)</source>
        <translation>Abrir como correo &amp;simple (sin adjuntos)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="125"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="136"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="139"/>
        <source>&amp;Show in its folder</source>
        <translation>&amp;Mostrar en su carpeta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="154"/>
        <source>Save the packet in</source>
        <translation>Guardar el paquete en</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="201"/>
        <source>Preparing the documents…</source>
        <translation>Preparando los documentos…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="167"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="178"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="200"/>
        <source>Preparing: {0}</source>
        <translation>Preparando: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="212"/>
        <source>Written: {0}</source>
        <translation>Escrito: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="240"/>
        <source>Large attachments</source>
        <translation>Adjuntos de gran tamaño</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="241"/>
        <source>The attachments are over 10 MB; many mail servers refuse that. Make the draft anyway? (Or export a ZIP, or fewer documents.)</source>
        <translation>Los adjuntos superan los 10 MB; muchos servidores de correo los rechazan. ¿Crear el borrador de todos modos? (O exporte un ZIP, o menos documentos).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/export_dialog.py" line="253"/>
        <source>Email draft written: {0}</source>
        <translation>Borrador de correo escrito: {0}</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="89"/>
        <source>Work plan timeline</source>
        <translation>Cronograma del plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="111"/>
        <source>{0} items from {1} to {2}; {3} overdue; {4} without dates. The table above lists the same items.</source>
        <translation>{0} elementos de {1} a {2}; {3} atrasados; {4} sin fechas. La tabla de arriba muestra los mismos elementos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="182"/>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="229"/>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="185"/>
        <source>pilot</source>
        <translation>piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="189"/>
        <source>no dates</source>
        <translation>sin fechas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="192"/>
        <source>{0} (pilot, overdue)</source>
        <translation>{0} (piloto, atrasado)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="194"/>
        <source>{0} (pilot)</source>
        <translation>{0} (piloto)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="196"/>
        <source>{0} (overdue)</source>
        <translation>{0} (atrasado)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="213"/>
        <source>Nothing planned yet: add a programme or exchange above.</source>
        <translation>Aún no hay nada planificado: añada arriba un programa o intercambio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="226"/>
        <source>planned or in progress</source>
        <translation>planificado o en curso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="227"/>
        <source>★ pilot</source>
        <translation>★ piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="228"/>
        <source>done or cancelled</source>
        <translation>hecho o cancelado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="241"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="289"/>
        <source>No dates (add a start or end date to place these on the timeline):</source>
        <translation>Sin fechas (añada una fecha de inicio o de fin para situarlos en el cronograma):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="292"/>
        <source>{0} — no dates</source>
        <translation>{0} — sin fechas</translation>
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
        <translation>Aún no se ha registrado ningún contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="108"/>
        <source>Last contact less than a month ago</source>
        <translation>Último contacto hace menos de un mes</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="109"/>
        <source>Last contact %n month(s) ago</source>
        <translation>
            <numerusform>Último contacto hace %n mes</numerusform>
            <numerusform>Último contacto hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="118"/>
        <source>No contact for %n month(s)</source>
        <translation>
            <numerusform>Sin contacto desde hace %n mes</numerusform>
            <numerusform>Sin contacto desde hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="148"/>
        <source>{held} of %n planned exchange(s) held</source>
        <translation>
            <numerusform>Intercambios realizados: {held} de %n previsto</numerusform>
            <numerusform>Intercambios realizados: {held} de %n previstos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="156"/>
        <source>No exchanges due in the work plan so far</source>
        <translation>Hasta ahora no había ningún intercambio previsto en el plan de trabajo</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="160"/>
        <source>Activity in %n sector(s)</source>
        <translation>
            <numerusform>Actividad en %n sector</numerusform>
            <numerusform>Actividad en %n sectores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="163"/>
        <source>No activity in any sector in the last 2 years</source>
        <translation>Ninguna actividad en ningún sector en los últimos 2 años</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="165"/>
        <source>Activity in only %n sector(s)</source>
        <translation>
            <numerusform>Actividad en solo %n sector</numerusform>
            <numerusform>Actividad en solo %n sectores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="170"/>
        <source>%n participant(s) in the last year</source>
        <translation>
            <numerusform>%n participante en el último año</numerusform>
            <numerusform>%n participantes en el último año</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="174"/>
        <source>No participants in the last year</source>
        <translation>Ningún participante en el último año</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="177"/>
        <source>Only %n participant(s) in the last year</source>
        <translation>
            <numerusform>Solo %n participante en el último año</numerusform>
            <numerusform>Solo %n participantes en el último año</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="183"/>
        <source>%n work plan item(s) overdue</source>
        <translation>
            <numerusform>%n elemento del plan de trabajo atrasado</numerusform>
            <numerusform>%n elementos del plan de trabajo atrasados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="187"/>
        <source>Evaluation overdue (due {day})</source>
        <translation>Evaluación atrasada (vencía el {day})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="193"/>
        <source>Signed less than a month ago: still settling in</source>
        <translation>Firmado hace menos de un mes: aún se está asentando</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/health.py" line="195"/>
        <source>Signed %n month(s) ago: still settling in</source>
        <translation>
            <numerusform>Firmado hace %n mes: aún se está asentando</numerusform>
            <numerusform>Firmado hace %n meses: aún se está asentando</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="217"/>
        <source>Agreement not signed yet</source>
        <translation>Acuerdo aún sin firmar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/health.py" line="218"/>
        <source>Agreement to be signed on {day}</source>
        <translation>Firma del acuerdo prevista para el {day}</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="146"/>
        <source>Inquiries and policy</source>
        <translation>Solicitudes y política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="180"/>
        <source>Your &amp;policy</source>
        <translation>Su &amp;política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="183"/>
        <source>Agree on a few questions to ask about every request to partner, whether it comes from a city abroad or from local residents. They help you handle many requests and choose relationships you can keep up. A request must get Yes on every required question; the weight (1 to 5) says how much an optional one counts.</source>
        <translation>Acuerden unas pocas preguntas para plantear ante cada solicitud de hermanamiento, venga de una ciudad extranjera o de residentes locales. Le ayudarán a gestionar muchas solicitudes y a elegir relaciones que puedan mantener. Una solicitud debe obtener Sí en todas las preguntas obligatorias; el peso (1 a 5) indica cuánto cuenta una pregunta opcional.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Policy questions</source>
        <translation>Preguntas de la política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="188"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="226"/>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="189"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="231"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <source>&amp;Remove question</source>
        <translation>&amp;Quitar pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="199"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="583"/>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="200"/>
        <source>Remove the selected question from the policy</source>
        <translation>Quitar de la política la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use su&amp;ggested questions</source>
        <translation>Usar preguntas suger&amp;idas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="203"/>
        <source>Use suggested questions</source>
        <translation>Usar preguntas sugeridas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="204"/>
        <source>Start from seven common questions; you can remove or add questions afterwards</source>
        <translation>Parta de siete preguntas habituales; después puede quitar o añadir preguntas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="212"/>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="216"/>
        <source>e.g. The city has a direct train or flight to ours</source>
        <translation>p. ej., La ciudad tiene tren o vuelo directo a la nuestra</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="217"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="218"/>
        <source>A question answered Yes or No per inquiry</source>
        <translation>Una pregunta con respuesta Sí o No para cada solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="220"/>
        <source>New &amp;question:</source>
        <translation>Nueva pre&amp;gunta:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="225"/>
        <source>Req&amp;uired</source>
        <translation>&amp;Obligatoria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="227"/>
        <source>A required question must be answered Yes for the request to meet the policy</source>
        <translation>Una pregunta obligatoria debe responderse con Sí para que la solicitud cumpla la política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="232"/>
        <source>How much an optional question counts, 1 to 5</source>
        <translation>Cuánto cuenta una pregunta opcional, de 1 a 5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="235"/>
        <source>&amp;Weight:</source>
        <translation>P&amp;eso:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="237"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="250"/>
        <source>I&amp;nquiries</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="259"/>
        <source>Inquiries</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an &amp;inquiry…</source>
        <translation>&amp;Registrar una solicitud…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="268"/>
        <source>Record an inquiry</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="269"/>
        <source>Note a request to partner from a city abroad or from local residents</source>
        <translation>Anotar una solicitud de hermanamiento de una ciudad extranjera o de residentes locales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <source>Remo&amp;ve inquiry</source>
        <translation>Q&amp;uitar solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="272"/>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="616"/>
        <source>Remove inquiry</source>
        <translation>Quitar solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="273"/>
        <source>Remove the selected inquiry</source>
        <translation>Quitar la solicitud seleccionada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="283"/>
        <source>Select an inquiry above to answer your policy questions and record the committee&apos;s decision.</source>
        <translation>Seleccione arriba una solicitud para responder a las preguntas de su política y registrar la decisión del comité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="318"/>
        <source>Policy check</source>
        <translation>Comprobación de la política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="325"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="328"/>
        <source>Why the committee decided this (needed unless the decision is still pending)</source>
        <translation>Por qué tomó el comité esta decisión (necesario salvo que la decisión siga pendiente)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="331"/>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="332"/>
        <source>Record d&amp;ecision</source>
        <translation>Regis&amp;trar decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="333"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="335"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="337"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="340"/>
        <source>Recorded decision</source>
        <translation>Decisión registrada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="376"/>
        <source>Weight counts only for optional questions</source>
        <translation>El peso solo cuenta para las preguntas opcionales</translation>
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
        <translation>recibida el {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="423"/>
        <source>contact: {0}</source>
        <translation>contacto: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="425"/>
        <source>No summary was noted.</source>
        <translation>No se anotó ningún resumen.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="446"/>
        <source>Your policy has no questions yet. Add some on the left, or use the suggested questions.</source>
        <translation>Su política aún no tiene preguntas. Añada algunas a la izquierda o use las preguntas sugeridas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="451"/>
        <source>{0} (required)</source>
        <translation>{0} (obligatoria)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="457"/>
        <source>Required question</source>
        <translation>Pregunta obligatoria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="458"/>
        <source>Optional question, weight {0}</source>
        <translation>Pregunta opcional, peso {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="479"/>
        <source>No policy questions yet, so there is nothing to weigh.</source>
        <translation>Aún no hay preguntas en la política, así que no hay nada que ponderar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="486"/>
        <source>Policy check:</source>
        <translation>Comprobación de la política:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="487"/>
        <source>The policy is a guide; the committee decides.</source>
        <translation>La política es una guía; decide el comité.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="500"/>
        <source>No decision recorded yet. Note: {0}</source>
        <translation>Aún no se ha registrado ninguna decisión. Nota: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="501"/>
        <source>No decision recorded yet.</source>
        <translation>Aún no se ha registrado ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="503"/>
        <source>Recorded: {0} on {1}. Reason: {2}</source>
        <translation>Registrado: {0} el {1}. Motivo: {2}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="506"/>
        <source>Recorded: {0}. Reason: {1}</source>
        <translation>Registrado: {0}. Motivo: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="584"/>
        <source>Remove “{0}” from your policy? Answers already given to it will no longer count.</source>
        <translation>¿Quitar “{0}” de su política? Las respuestas ya dadas a esta pregunta dejarán de contar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="617"/>
        <source>Remove the inquiry from {0} received {1}, with its answers and decision?</source>
        <translation>¿Quitar la solicitud de {0} recibida el {1}, con sus respuestas y su decisión?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="637"/>
        <source>Select an inquiry first.</source>
        <translation>Seleccione primero una solicitud.</translation>
    </message>
</context>
<context>
    <name>InquiryForm</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="656"/>
        <source>Record an inquiry</source>
        <translation>Registrar una solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="663"/>
        <source>The city abroad the request is about</source>
        <translation>La ciudad extranjera a la que se refiere la solicitud</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="669"/>
        <source>What they ask for and why</source>
        <translation>Qué piden y por qué</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="671"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="675"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="676"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="677"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Co&amp;ntact name:</source>
        <translation>&amp;Nombre de contacto:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="678"/>
        <source>Contact name</source>
        <translation>Nombre de contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="679"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>&amp;Received on (YYYY-MM-DD):</source>
        <translation>Recibida e&amp;l (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="680"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="699"/>
        <source>Choose the country from the list (type part of its name).</source>
        <translation>Elija el país en la lista (escriba parte de su nombre).</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="219"/>
        <source>Edit programme or exchange</source>
        <translation>Editar programa o intercambio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="220"/>
        <source>Add a programme or exchange</source>
        <translation>Añadir un programa o intercambio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="223"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="224"/>
        <source>What will happen, in a few words</source>
        <translation>Qué va a ocurrir, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="225"/>
        <source>e.g. Summer youth soccer exchange</source>
        <translation>p. ej., Intercambio juvenil de fútbol en verano</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="226"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="229"/>
        <source>Short term is within a year</source>
        <translation>El corto plazo es dentro de un año</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="232"/>
        <source>This is the &amp;pilot programme</source>
        <translation>Este es el progr&amp;ama piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="233"/>
        <source>Pilot programme</source>
        <translation>Programa piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="234"/>
        <source>The first, small programme that tests the partnership</source>
        <translation>El primer programa, pequeño, que pone a prueba el hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="235"/>
        <source>Who makes sure it happens</source>
        <translation>Quién se asegura de que se lleve a cabo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="236"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="237"/>
        <source>When it should be finished</source>
        <translation>Cuándo debe estar terminado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="238"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="241"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="242"/>
        <source>An amount in your currency; leave empty if unknown</source>
        <translation>Un importe en su moneda; déjelo vacío si no se conoce</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="243"/>
        <source>e.g. 2500</source>
        <translation>p. ej., 2500</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="244"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="245"/>
        <source>How many people take part</source>
        <translation>Cuántas personas participan</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="246"/>
        <source>e.g. 12</source>
        <translation>p. ej., 12</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="247"/>
        <source>The work plan goal this serves</source>
        <translation>El objetivo del plan de trabajo al que contribuye</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="248"/>
        <source>No goal</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="250"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="252"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="273"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="278"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="279"/>
        <source>Te&amp;rm:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="280"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="281"/>
        <source>&amp;Budget:</source>
        <translation>Pres&amp;upuesto:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>Parti&amp;cipants:</source>
        <translation>Parti&amp;cipantes:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="282"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="283"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="309"/>
        <source>The budget</source>
        <translation>El presupuesto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="310"/>
        <source>The number of participants</source>
        <translation>El número de participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="315"/>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="130"/>
        <source>The letter is written in the partner&apos;s language, following its protocol, with a courtesy copy in yours. Check the proposed wording, adjust it, then preview and print.</source>
        <translation>La carta se redacta en el idioma de la ciudad asociada, siguiendo su protocolo, con una traducción de cortesía en el suyo. Revise la redacción propuesta, ajústela y luego obtenga la vista previa e imprímala.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="134"/>
        <source>Kind of letter</source>
        <translation>Tipo de carta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="138"/>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="139"/>
        <source>Courtesy copy language</source>
        <translation>Idioma de la traducción de cortesía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="140"/>
        <source>No courtesy copy</source>
        <translation>Sin traducción de cortesía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="145"/>
        <source>Two letters</source>
        <translation>Dos cartas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="146"/>
        <source>Courtesy copy as a second letter</source>
        <translation>Traducción de cortesía como segunda carta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="147"/>
        <source>Parallel columns</source>
        <translation>Columnas paralelas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="148"/>
        <source>Courtesy copy in a column</source>
        <translation>Traducción de cortesía en una columna</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="150"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="152"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="159"/>
        <source>&amp;Courtesy copy:</source>
        <translation>&amp;Traducción de cortesía:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="160"/>
        <source>Layout:</source>
        <translation>Disposición:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="161"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="165"/>
        <source>Letter wording by language</source>
        <translation>Redacción de la carta por idioma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="171"/>
        <source>Use the proposed &amp;wording</source>
        <translation>Usar la &amp;redacción propuesta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="173"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vista previa e impresión…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="175"/>
        <source>Mark as &amp;sent today</source>
        <translation>Marcar como &amp;enviada hoy</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="212"/>
        <source>{0} (edited)</source>
        <translation>{0} (editado)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="223"/>
        <source>Use the proposed wording</source>
        <translation>Usar la redacción propuesta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="224"/>
        <source>Replace your edits of this letter with the wording the app proposes?</source>
        <translation>¿Sustituir sus cambios en esta carta por la redacción que propone la aplicación?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="238"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="267"/>
        <source>Recorded in the correspondence.</source>
        <translation>Registrado en la correspondencia.</translation>
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
        <translation>Hermanamientos</translation>
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
        <translation>&amp;Pendientes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="116"/>
        <source>Everything due across your partnerships (Ctrl+D)</source>
        <translation>Todo lo pendiente en sus hermanamientos (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="122"/>
        <location filename="../sistercity_desktop/ui/main_window.py" line="210"/>
        <source>&amp;New partnership…</source>
        <translation>&amp;Nuevo hermanamiento…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="130"/>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="147"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="209"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Export packet…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="218"/>
        <source>&amp;Committee and city…</source>
        <translation>&amp;Comité y ciudad…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Inquiries and policy…</source>
        <translation>&amp;Solicitudes y política…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="230"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="238"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="242"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="249"/>
        <source>&amp;About Sister City Desktop</source>
        <translation>&amp;Acerca de Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="270"/>
        <source>No partnerships yet.

Choose File › New partnership (Ctrl+N) to start one.</source>
        <translation>Aún no hay hermanamientos.

Elija Archivo › Nuevo hermanamiento (Ctrl+N) para empezar uno.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="307"/>
        <source>Partnership created.</source>
        <translation>Hermanamiento creado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="336"/>
        <source>Export packet</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="337"/>
        <source>Open a partnership first, then export its documents.</source>
        <translation>Abra primero un hermanamiento y luego exporte sus documentos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/main_window.py" line="380"/>
        <source>Could not save window size: {0}</source>
        <translation>No se pudo guardar el tamaño de la ventana: {0}</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="161"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="162"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>NewPartnershipWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="33"/>
        <source>New partnership</source>
        <translation>Nuevo hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="37"/>
        <source>Who is the partner?</source>
        <translation>¿Cuál es la ciudad asociada?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="38"/>
        <source>If you have not chosen a city yet, start with research and compare candidates first.</source>
        <translation>Si aún no ha elegido una ciudad, empiece por la investigación y compare antes las candidatas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="41"/>
        <source>We have not chosen a partner city yet</source>
        <translation>Aún no hemos elegido una ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="42"/>
        <source>Partner not chosen yet</source>
        <translation>Ciudad asociada aún no elegida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="43"/>
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="44"/>
        <source>Partner country</source>
        <translation>País de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="45"/>
        <source>Kind of partnership</source>
        <translation>Tipo de hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="46"/>
        <source>A sister city is a full, open-ended partnership; a friendship city is lighter and often a first stage.</source>
        <translation>Una ciudad hermana es un hermanamiento pleno y sin plazo; una ciudad amiga es una relación más ligera y a menudo una primera etapa.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="51"/>
        <source>Partner &amp;city:</source>
        <translation>&amp;Ciudad asociada:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="52"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="53"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="54"/>
        <source>Starting step</source>
        <translation>Paso inicial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="55"/>
        <source>For a partnership already under way, start at the step it has reached.</source>
        <translation>Para un hermanamiento ya en marcha, empiece en el paso al que ha llegado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="58"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="59"/>
        <source>&amp;Starting at step:</source>
        <translation>&amp;Empezar en el paso:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="63"/>
        <source>Document languages</source>
        <translation>Idiomas de los documentos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="64"/>
        <source>Letters and the agreement are written in both languages.</source>
        <translation>Las cartas y el acuerdo se redactan en ambos idiomas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="66"/>
        <source>Partner&apos;s language</source>
        <translation>Idioma de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="67"/>
        <source>Our language</source>
        <translation>Nuestro idioma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="70"/>
        <source>&amp;Partner&apos;s language:</source>
        <translation>&amp;Idioma de la ciudad asociada:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="71"/>
        <source>&amp;Our language:</source>
        <translation>&amp;Nuestro idioma:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="92"/>
        <source>Suggested from the country&apos;s official language: {0}. Change it if the city uses another.</source>
        <translation>Sugerido a partir del idioma oficial del país: {0}. Cámbielo si la ciudad usa otro.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="100"/>
        <source>Enter the partner city&apos;s name, or tick “not chosen yet”.</source>
        <translation>Escriba el nombre de la ciudad asociada o marque “aún no elegida”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/new_partnership.py" line="104"/>
        <source>Choose the partner city&apos;s country from the list.</source>
        <translation>Elija el país de la ciudad asociada en la lista.</translation>
    </message>
</context>
<context>
    <name>PartnershipListModel</name>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="27"/>
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="28"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="29"/>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="30"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/partnership_model.py" line="78"/>
        <source>Not chosen yet: %n candidate(s)</source>
        <translation>
            <numerusform>Aún sin elegir: %n candidata</numerusform>
            <numerusform>Aún sin elegir: %n candidatas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="46"/>
        <source>Preview — {0}</source>
        <translation>Vista previa — {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="57"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="60"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="61"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="63"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="65"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="67"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="78"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="86"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="79"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="96"/>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="99"/>
        <source>Open in PDF viewer</source>
        <translation>Abrir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="100"/>
        <source>No PDF viewer answered. The file is at:
{0}</source>
        <translation>Ningún visor de PDF respondió. El archivo está en:
{0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="45"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="48"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="51"/>
        <source>The language of menus, buttons and messages. Documents keep their own languages.</source>
        <translation>El idioma de los menús, botones y mensajes. Los documentos conservan sus propios idiomas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="53"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="56"/>
        <source>Pseudo-localisation (for testers)</source>
        <translation>Pseudolocalización (para pruebas)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="60"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="62"/>
        <source>The new language is used the next time you start the app.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="66"/>
        <source>National sister cities body</source>
        <translation>Organismo nacional de hermanamientos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="68"/>
        <source>The national association your committee reports new partnerships to. Leave empty to use the usual body for your country, if known.</source>
        <translation>La asociación nacional a la que su comité comunica los nuevos hermanamientos. Déjelo vacío para usar el organismo habitual de su país, si se conoce.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Name of the national body</source>
        <translation>Nombre del organismo nacional</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="79"/>
        <source>Email of the national body</source>
        <translation>Correo electrónico del organismo nacional</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/preferences_dialog.py" line="114"/>
        <source>The language could not be saved: {0}</source>
        <translation>No se pudo guardar el idioma: {0}</translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="43"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="44"/>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="45"/>
        <source>Industries</source>
        <translation>Industrias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="46"/>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="47"/>
        <source>Cultural</source>
        <translation>Cultural</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="48"/>
        <source>Ties</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="49"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="99"/>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="101"/>
        <source>Select a candidate above to see and edit it.</source>
        <translation>Seleccione arriba una candidata para verla y editarla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="111"/>
        <source>Find candidate cities</source>
        <translation>Buscar ciudades candidatas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="114"/>
        <source>Type a city&apos;s name in any language or script (Osaka, Ōsaka or 大阪). The world gazetteer is on this computer, so this works offline.</source>
        <translation>Escriba el nombre de una ciudad en cualquier idioma o alfabeto (Osaka, Ōsaka o 大阪). El nomenclátor mundial está en este equipo, así que funciona sin conexión.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="117"/>
        <source>Search the world gazetteer</source>
        <translation>Buscar en el nomenclátor mundial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="118"/>
        <source>Loading the world gazetteer…</source>
        <translation>Cargando el nomenclátor mundial…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="122"/>
        <source>&amp;Add as candidate</source>
        <translation>&amp;Añadir como candidata</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="124"/>
        <source>Su&amp;ggest cities like ours…</source>
        <translation>&amp;Sugerir ciudades como la nuestra…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="130"/>
        <source>Matching cities</source>
        <translation>Ciudades coincidentes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="140"/>
        <source>Type a city name ({0} cities)…</source>
        <translation>Escriba el nombre de una ciudad ({0} ciudades)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="143"/>
        <source>The gazetteer could not be loaded.</source>
        <translation>No se pudo cargar el nomenclátor.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="154"/>
        <source>{0} — {1}, population {2}, {3}</source>
        <translation>{0} — {1}, población {2}, {3}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="164"/>
        <source>Type a city&apos;s name and pick it from the list first.</source>
        <translation>Escriba primero el nombre de una ciudad y elíjala en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="187"/>
        <source>Compare candidates</source>
        <translation>Comparar candidatas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="190"/>
        <source>Each data point from the guide gets its own score against your city; the weights say how much each counts for your committee (0 leaves it out). Click a column title to sort.</source>
        <translation>Cada dato de la guía recibe su propia puntuación frente a su ciudad; los pesos indican cuánto cuenta cada uno para su comité (0 lo excluye). Haga clic en el título de una columna para ordenar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="197"/>
        <source>Weight of {0}</source>
        <translation>Peso de {0}</translation>
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
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="208"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="210"/>
        <source>Candidate comparison</source>
        <translation>Comparación de candidatas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="230"/>
        <source>Research &amp;report (PDF)…</source>
        <translation>&amp;Informe de investigación (PDF)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="254"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/research_panel.py" line="311"/>
        <source>Your city&apos;s data points (what candidates are compared with)</source>
        <translation>Datos de su ciudad (con los que se comparan las candidatas)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="59"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="63"/>
        <source>Restoring replaces what is in the app now with the backup. What is there now is kept as a backup of its own first, so this can be undone.</source>
        <translation>Al restaurar, lo que hay ahora en la aplicación se sustituye por la copia de seguridad. Antes, lo que hay ahora se guarda en su propia copia de seguridad, así que se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="65"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="69"/>
        <source>{0} · {1} · {2} KB</source>
        <translation>{0} · {1} · {2} KB</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="75"/>
        <source>No automatic backups yet.</source>
        <translation>Aún no hay copias de seguridad automáticas.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="78"/>
        <source>Choose another &amp;file…</source>
        <translation>Elegir otro &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="86"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="92"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="93"/>
        <source>Sister City Desktop stores (*.sqlite3)</source>
        <translation>Almacenes de Sister City Desktop (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="100"/>
        <source>Choose a backup in the list, or another file.</source>
        <translation>Elija una copia de seguridad en la lista u otro archivo.</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="69"/>
        <source>Flag and seating plan</source>
        <translation>Banderas y disposición de asientos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="83"/>
        <source>Seen from the audience, from left to right: {0}.</source>
        <translation>Visto desde el público, de izquierda a derecha: {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="85"/>
        <source>No plan yet.</source>
        <translation>Aún no hay disposición.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="119"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="151"/>
        <source>Host: {0}</source>
        <translation>Anfitrión: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="152"/>
        <source>Host side</source>
        <translation>Lado del anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="153"/>
        <source>Guest: {0}</source>
        <translation>Invitado: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="154"/>
        <source>Guest side</source>
        <translation>Lado del invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="161"/>
        <source>Seen from the audience</source>
        <translation>Visto desde el público</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="27"/>
        <source>Welcome to Sister City Desktop</source>
        <translation>Bienvenido a Sister City Desktop</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="31"/>
        <source>Your committee</source>
        <translation>Su comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="32"/>
        <source>Sister City Desktop keeps your partnerships on this computer. Start by telling it who you are.</source>
        <translation>Sister City Desktop guarda sus hermanamientos en este equipo. Empiece por indicar quiénes son.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="35"/>
        <source>Committee name</source>
        <translation>Nombre del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="36"/>
        <source>e.g. Riverton Sister Cities Association</source>
        <translation>p. ej., Asociación de Hermanamientos de Riverton</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="37"/>
        <source>Committee language</source>
        <translation>Idioma del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="38"/>
        <source>The language your committee works in; documents get a copy in it.</source>
        <translation>El idioma en el que trabaja su comité; los documentos incluyen una copia en ese idioma.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="40"/>
        <source>Committee email</source>
        <translation>Correo electrónico del comité</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="41"/>
        <source>Committee &amp;name:</source>
        <translation>&amp;Nombre del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="42"/>
        <source>Committee &amp;language:</source>
        <translation>&amp;Idioma del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="43"/>
        <source>Committee &amp;email:</source>
        <translation>&amp;Correo electrónico del comité:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="48"/>
        <source>Your city</source>
        <translation>Su ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="49"/>
        <source>Partners will want to know about your city; you can add more later.</source>
        <translation>Las ciudades asociadas querrán saber de su ciudad; puede añadir más datos después.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="52"/>
        <source>City name</source>
        <translation>Nombre de la ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="53"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="54"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="57"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="58"/>
        <source>Highest elected official</source>
        <translation>Máximo cargo electo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="59"/>
        <source>Official&apos;s title</source>
        <translation>Título del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="60"/>
        <source>Local sister city organisation</source>
        <translation>Organización local de hermanamiento</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="61"/>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="62"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="63"/>
        <source>&amp;Population:</source>
        <translation>P&amp;oblación:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="64"/>
        <source>Highest elected &amp;official:</source>
        <translation>Máximo cargo &amp;electo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="65"/>
        <source>Official&apos;s &amp;title:</source>
        <translation>&amp;Título del cargo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="66"/>
        <source>Local &amp;organisation:</source>
        <translation>&amp;Organización local:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/setup_wizard.py" line="71"/>
        <source>You can change all of this later.</source>
        <translation>Puede cambiar todo esto más adelante.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="61"/>
        <source>Step {0} of 7 · {1}</source>
        <translation>Paso {0} de 7 · {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="75"/>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="82"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="98"/>
        <source>Details</source>
        <translation>Detalles</translation>
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
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="180"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="181"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="182"/>
        <source>Highest official</source>
        <translation>Máximo cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="183"/>
        <source>Official&apos;s title</source>
        <translation>Título del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="184"/>
        <source>Official&apos;s gender</source>
        <translation>Género del cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="185"/>
        <source>Used for the correct title and salutation in letters</source>
        <translation>Se usa para el tratamiento y el saludo correctos en las cartas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="201"/>
        <source>Official&apos;s gender:</source>
        <translation>Género del cargo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="212"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="220"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="221"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="222"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="223"/>
        <source>No contacts yet: add one at the mayor&apos;s office and a volunteer on each side.</source>
        <translation>Aún no hay contactos: añada uno en la alcaldía y un voluntario de cada parte.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="227"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="229"/>
        <location filename="../sistercity_desktop/ui/step_page.py" line="404"/>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="239"/>
        <source>Notes and decisions</source>
        <translation>Notas y decisiones</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="242"/>
        <source>Notes and decisions for this step</source>
        <translation>Notas y decisiones de este paso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="255"/>
        <source>Write a note or a decision the committee took…</source>
        <translation>Escriba una nota o una decisión que haya tomado el comité…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="257"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="263"/>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="264"/>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="266"/>
        <source>Delete selected note</source>
        <translation>Eliminar la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="319"/>
        <source>Evaluation date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="320"/>
        <source>{0}

Keep this date anyway? Say why:</source>
        <translation>{0}

¿Mantener esta fecha de todos modos? Indique por qué:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="327"/>
        <source>The date was not changed: a reason is needed for a date outside 6 to 24 months after signing.</source>
        <translation>No se cambió la fecha: una fecha fuera del intervalo de 6 a 24 meses tras la firma requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="361"/>
        <source>✔ This step is done. ({0})</source>
        <translation>✔ Este paso está terminado. ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/step_page.py" line="364"/>
        <source>%n of {0} items still open. Done when: {1}</source>
        <translation>
            <numerusform>Elementos aún abiertos: %n de {0}. Se completa cuando: {1}</numerusform>
            <numerusform>Elementos aún abiertos: %n de {0}. Se completa cuando: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="368"/>
        <source>Almost there. Done when: {0}</source>
        <translation>Ya casi está. Se completa cuando: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="385"/>
        <source>Select a note in the list first.</source>
        <translation>Seleccione primero una nota en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="387"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="388"/>
        <source>Delete the selected note?</source>
        <translation>¿Eliminar la nota seleccionada?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="401"/>
        <source>Select a contact in the table first.</source>
        <translation>Seleccione primero un contacto en la tabla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="405"/>
        <source>Remove {0}?</source>
        <translation>¿Quitar {0}?</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="39"/>
        <source>Suggest cities like ours</source>
        <translation>Sugerir ciudades como la nuestra</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="43"/>
        <source>Cities of a similar size from the world gazetteer that you have not considered yet. Only population is known for them; add a promising one as a candidate and fill in the other data points.</source>
        <translation>Ciudades de tamaño similar del nomenclátor mundial que aún no ha considerado. Solo se conoce su población; añada como candidata una que sea prometedora y complete los demás datos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="47"/>
        <source>Countries (two-letter codes)</source>
        <translation>Países (códigos de dos letras)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="48"/>
        <source>e.g. FR, ES, IT — empty for every country</source>
        <translation>p. ej., FR, ES, IT — vacío para todos los países</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="49"/>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="50"/>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="54"/>
        <source>Maximum distance in km (0 for any)</source>
        <translation>Distancia máxima en km (0 para cualquiera)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="57"/>
        <source>any distance</source>
        <translation>cualquier distancia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="58"/>
        <source>Leave out countries where we already have a partner</source>
        <translation>Excluir países donde ya tenemos una ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="60"/>
        <source>How many suggestions</source>
        <translation>Cuántas sugerencias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="63"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="65"/>
        <source>&amp;Distance:</source>
        <translation>&amp;Distancia:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="67"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="70"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="73"/>
        <source>&amp;Add selected as candidate</source>
        <translation>&amp;Añadir selección como candidata</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="83"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="84"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="85"/>
        <source>Suggested cities</source>
        <translation>Ciudades sugeridas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="100"/>
        <source>“{0}” is not a two-letter country code.</source>
        <translation>“{0}” no es un código de país de dos letras.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="107"/>
        <source>Searching 34,000 cities…</source>
        <translation>Buscando entre 34 000 ciudades…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="122"/>
        <source>%n suggestion(s).</source>
        <translation>
            <numerusform>%n sugerencia.</numerusform>
            <numerusform>%n sugerencias.</numerusform>
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
        <translation>Seleccione primero una ciudad en la lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/suggest_dialog.py" line="149"/>
        <source>Added %n candidate(s).</source>
        <translation>
            <numerusform>Se añadió %n candidata.</numerusform>
            <numerusform>Se añadieron %n candidatas.</numerusform>
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
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="353"/>
        <source>Agree with the partner city on goals for the coming year (short term) and beyond (long term), then list the programmes and exchanges that serve them: who owns each one, when it happens and what it costs. Start with one small pilot programme.</source>
        <translation>Acuerde con la ciudad asociada objetivos para el próximo año (corto plazo) y más allá (largo plazo), y luego enumere los programas e intercambios que sirven a esos objetivos: quién es responsable de cada uno, cuándo se realiza y cuánto cuesta. Empiece con un programa piloto pequeño.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan &amp;PDF…</source>
        <translation>&amp;PDF del plan de trabajo…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="364"/>
        <source>Work plan PDF</source>
        <translation>PDF del plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="365"/>
        <source>Preview, print or save the work plan as a PDF</source>
        <translation>Vista previa, imprimir o guardar el plan de trabajo como PDF</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="368"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="369"/>
        <source>Save the ceremony, evaluation and work plan dates as a file that Outlook, Google Calendar or Apple Calendar can import</source>
        <translation>Guardar las fechas de la ceremonia, de la evaluación y del plan de trabajo en un archivo que Outlook, Google Calendar o Apple Calendar pueden importar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="382"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="384"/>
        <source>Work plan goals</source>
        <translation>Objetivos del plan de trabajo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="385"/>
        <source>Short-term goals first, then long-term goals</source>
        <translation>Primero los objetivos a corto plazo, luego los de largo plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="390"/>
        <source>Goal term</source>
        <translation>Plazo del objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="391"/>
        <source>Short term is within a year</source>
        <translation>El corto plazo es dentro de un año</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="394"/>
        <source>Goal title</source>
        <translation>Título del objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="395"/>
        <source>e.g. Every school in town has a class link</source>
        <translation>p. ej., Cada escuela de la ciudad tiene un hermanamiento de aula</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="397"/>
        <source>Goal description</source>
        <translation>Descripción del objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="398"/>
        <source>Optional: how you will know the goal is reached</source>
        <translation>Opcional: cómo sabrán que se ha alcanzado el objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="400"/>
        <source>Optional: how you will know it is reached</source>
        <translation>Opcional: cómo sabrán que se ha alcanzado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add &amp;goal</source>
        <translation>Añadir &amp;objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="402"/>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="404"/>
        <source>Remo&amp;ve goal…</source>
        <translation>&amp;Quitar objetivo…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="405"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="619"/>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="406"/>
        <source>Its programmes stay in the plan without a goal</source>
        <translation>Sus programas siguen en el plan sin objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="408"/>
        <source>New goal t&amp;itle:</source>
        <translation>Título del nuevo ob&amp;jetivo:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="414"/>
        <source>Descriptio&amp;n:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="424"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="426"/>
        <source>Programmes and exchanges</source>
        <translation>Programas e intercambios</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="427"/>
        <source>Double-click a row to edit it</source>
        <translation>Haga doble clic en una fila para editarla</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="444"/>
        <source>&amp;Add programme…</source>
        <translation>&amp;Añadir programa…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="445"/>
        <source>Add programme or exchange</source>
        <translation>Añadir programa o intercambio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="447"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="448"/>
        <source>Edit programme or exchange</source>
        <translation>Editar programa o intercambio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="450"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="451"/>
        <source>Delete programme or exchange</source>
        <translation>Eliminar programa o intercambio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="457"/>
        <source>Timeline (point at a bar to see its dates):</source>
        <translation>Cronograma (señale una barra para ver sus fechas):</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="493"/>
        <source>No goals yet.</source>
        <translation>Aún no hay objetivos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="510"/>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="536"/>
        <source>The end date {0} has passed and it is not done.</source>
        <translation>La fecha de fin {0} ya pasó y no está hecho.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="539"/>
        <source>No programmes or exchanges yet. Use “Add programme…” for the pilot programme.</source>
        <translation>Aún no hay programas ni intercambios. Use “Añadir programa…” para el programa piloto.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="609"/>
        <source>Select a goal in the list first.</source>
        <translation>Seleccione primero un objetivo en la lista.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="612"/>
        <source>Remove the goal “{0}”?</source>
        <translation>¿Quitar el objetivo “{0}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="615"/>
        <source>%n programme under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>El %n programa que depende de él sigue en el plan sin objetivo.</numerusform>
            <numerusform>Los %n programas que dependen de él siguen en el plan sin objetivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="618"/>
        <source>%n programmes under it stay in the plan without a goal.</source>
        <translation>
            <numerusform>El %n programa que depende de él sigue en el plan sin objetivo.</numerusform>
            <numerusform>Los %n programas que dependen de él siguen en el plan sin objetivo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="651"/>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="661"/>
        <source>Select a programme in the table first.</source>
        <translation>Seleccione primero un programa en la tabla.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="664"/>
        <source>Delete programme</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="665"/>
        <source>Delete “{0}” from the work plan?</source>
        <translation>¿Eliminar “{0}” del plan de trabajo?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="682"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="710"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="720"/>
        <source>Calendar saved to {0}. Open it with your calendar program to add the dates.</source>
        <translation>Calendario guardado en {0}. Ábralo con su programa de calendario para añadir las fechas.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="60"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="71"/>
        <source>Step {0}: {1}</source>
        <translation>Paso {0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="72"/>
        <source>{0}: {1} (Ctrl+{2})</source>
        <translation>{0}: {1} (Ctrl+{2})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="87"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="88"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="91"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="145"/>
        <location filename="../sistercity_desktop/ui/workspace.py" line="148"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="92"/>
        <source>Next step (Alt+Right)</source>
        <translation>Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="119"/>
        <source>Partner not chosen yet</source>
        <translation>Ciudad asociada aún no elegida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="120"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="129"/>
        <source>Documents in {0}</source>
        <translation>Documentos de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="130"/>
        <source>Now at step {0}: {1}</source>
        <translation>Ahora en el paso {0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="146"/>
        <source>Complete step and go o&amp;n ▶</source>
        <translation>Completar el paso y &amp;continuar ▶</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="149"/>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="167"/>
        <source>Steps are taken in order: finish the steps before it first.</source>
        <translation>Los pasos se siguen en orden: termine primero los pasos anteriores.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="187"/>
        <source>Move on?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="188"/>
        <source>“{0}” is not finished yet.

Done when: {1}

Move the partnership to the next step anyway? You can come back at any time.</source>
        <translation>“{0}” aún no está terminado.

Se completa cuando: {1}

¿Pasar el hermanamiento al paso siguiente de todos modos? Puede volver en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="200"/>
        <source>Moved on to step {0}.</source>
        <translation>Se pasó al paso {0}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="214"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="226"/>
        <source>Next: {0} (due {1})</source>
        <translation>Siguiente: {0} (vence el {1})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workspace.py" line="228"/>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="29"/>
        <location filename="../sistercity_desktop/ui/about.py" line="38"/>
        <source>{0}: MIT licence.</source>
        <translation>{0}: licencia MIT.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="30"/>
        <source>{0} and {1}: LGPL v3.</source>
        <translation>{0} y {1}: LGPL v3.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="32"/>
        <source>{0} and {1}: MIT licence.</source>
        <translation>{0} y {1}: licencia MIT.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="34"/>
        <source>{0}: BSD licence.</source>
        <translation>{0}: licencia BSD.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="35"/>
        <source>{0}: BSD licence; locale data from the {1} project (Unicode licence).</source>
        <translation>{0}: licencia BSD; datos de configuración regional del proyecto {1} (licencia Unicode).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="39"/>
        <source>World cities: {0} ({1}), CC BY 4.0, through the {2} package (MIT licence).</source>
        <translation>Ciudades del mundo: {0} ({1}), CC BY 4.0, a través del paquete {2} (licencia MIT).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="43"/>
        <source>Fonts: {0}; licence texts in {1}.</source>
        <translation>Fuentes tipográficas: {0}; textos de las licencias en {1}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="55"/>
        <source>Guides local sister city committees from the first idea to the evaluation of a living partnership: letters, agreements, ceremonies and follow-up, all offline.</source>
        <translation>Guía a los comités locales de hermanamiento desde la primera idea hasta la evaluación de un hermanamiento vivo: cartas, acuerdos, ceremonias y seguimiento, todo sin conexión.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="59"/>
        <source>Your data stays on this computer, in the data folder:</source>
        <translation>Sus datos se quedan en este equipo, en la carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="62"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/about.py" line="69"/>
        <source>About Sister City Desktop</source>
        <translation>Acerca de Sister City Desktop</translation>
    </message>
</context>
<context>
    <name>agreement</name>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="40"/>
        <source>Both texts equally authentic</source>
        <translation>Ambos textos son igualmente auténticos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="41"/>
        <source>One signed original for each side</source>
        <translation>Un original firmado para cada parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="42"/>
        <source>Effective on signature</source>
        <translation>Entra en vigor con la firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="43"/>
        <source>Creates no legally binding obligations</source>
        <translation>No crea obligaciones jurídicamente vinculantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="44"/>
        <source>Names the implementing committees</source>
        <translation>Designa a los comités encargados de su aplicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="45"/>
        <source>Either side may end it by written notice</source>
        <translation>Cualquiera de las partes puede ponerle fin mediante notificación escrita</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="54"/>
        <source>A ceremonial agreement speaks of friendship and cooperation in general words. A precise one also lists the areas of cooperation and the exchanges a year, sets up a joint working group meeting once a year, and says that each side pays its own costs. Choose the style in “Type of agreement” above: the areas and the number of exchanges below are written into the text only when the type is Precise. The clauses are used in both.</source>
        <translation>Un acuerdo protocolario habla de amistad y cooperación en términos generales. Uno preciso enumera además las áreas de cooperación y los intercambios al año, crea un grupo de trabajo conjunto que se reúne una vez al año y establece que cada parte asume sus propios gastos. Elija el estilo en “Tipo de acuerdo”, arriba: las áreas y el número de intercambios de abajo solo se incluyen en el texto cuando el tipo es Preciso. Las cláusulas se usan en ambos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/agreement_panel.py" line="65"/>
        <source>Two originals are printed, one kept by each city. In each city&apos;s own original that city is named first, its language stands in the left column and its mayor signs first (the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.</source>
        <translation>Se imprimen dos originales, uno para cada ciudad. En el original de cada ciudad, esa ciudad se nombra primero, su idioma ocupa la columna izquierda y su alcalde firma primero (la “alternancia”). Una copia bilingüe simple sirve para leer y compartir, no para firmar.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../sistercity_desktop/app.py" line="131"/>
        <source>Something went wrong, and the last action may not have finished. Everything saved before it is safe. Details were written to {log}.</source>
        <translation>Algo salió mal y es posible que la última acción no haya terminado. Todo lo guardado antes está a salvo. Los detalles se han escrito en {log}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="158"/>
        <source>Sister City Desktop is already open with this data folder. Switch to its window (or close it) and try again.</source>
        <translation>Sister City Desktop ya está abierto con esta carpeta de datos. Cambie a su ventana (o ciérrela) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="199"/>
        <source>Your data file is damaged and cannot be opened safely.

{reason}

The damaged file will not be changed or deleted.</source>
        <translation>Su archivo de datos está dañado y no se puede abrir de forma segura.

{reason}

El archivo dañado no se modificará ni se eliminará.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="208"/>
        <source>Restore the backup of {when}</source>
        <translation>Restaurar la copia de seguridad del {when}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="210"/>
        <source>Start fresh (keep the damaged file aside)</source>
        <translation>Empezar de cero (apartar el archivo dañado)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="213"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="356"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/app.py" line="373"/>
        <source>Restored. What was there before is kept as:
{path}</source>
        <translation>Restaurado. Lo que había antes se conserva como:
{path}</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="33"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="34"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="35"/>
        <source>before-restore</source>
        <translation>previa a la restauración</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="43"/>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="47"/>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/backup_dialog.py" line="48"/>
        <source>A backup was saved as:
{0}</source>
        <translation>Se guardó una copia de seguridad como:
{0}</translation>
    </message>
</context>
<context>
    <name>ceremony</name>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="55"/>
        <source>Master of ceremonies</source>
        <translation>Maestro de ceremonias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="56"/>
        <source>Host signatory</source>
        <translation>Firmante anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="57"/>
        <source>Guest signatory</source>
        <translation>Firmante invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="58"/>
        <source>Host council chair</source>
        <translation>Presidente del concejo anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="59"/>
        <source>Guest council chair</source>
        <translation>Presidente del concejo invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="60"/>
        <source>Diplomatic guest</source>
        <translation>Invitado diplomático</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="61"/>
        <source>Protocol officer</source>
        <translation>Responsable de protocolo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="62"/>
        <source>Signing assistant</source>
        <translation>Asistente de firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="63"/>
        <source>Host interpreter</source>
        <translation>Intérprete del anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="64"/>
        <source>Guest interpreter</source>
        <translation>Intérprete del invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="65"/>
        <source>Performers</source>
        <translation>Artistas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="66"/>
        <source>Press</source>
        <translation>Prensa</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="69"/>
        <source>Announces each item of the programme; usually provided by the host.</source>
        <translation>Anuncia cada punto del programa; normalmente lo aporta el anfitrión.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="71"/>
        <source>Seats people, passes the documents and arranges the photo.</source>
        <translation>Acomoda a las personas, pasa los documentos y organiza la foto.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="73"/>
        <source>Stands behind the signatories and turns the pages to sign.</source>
        <translation>Se sitúa detrás de los firmantes y pasa las páginas para firmar.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="75"/>
        <source>Sits beside or just behind the host signatory.</source>
        <translation>Se sienta al lado o justo detrás del firmante anfitrión.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="77"/>
        <source>Sits beside or just behind the guest signatory.</source>
        <translation>Se sienta al lado o justo detrás del firmante invitado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="79"/>
        <source>E.g. a consul or ambassador who offers congratulations.</source>
        <translation>P. ej., un cónsul o embajador que ofrece sus felicitaciones.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="82"/>
        <source>Guests&apos; &amp;programme…</source>
        <translation>&amp;Programa para los invitados…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="83"/>
        <source>&amp;Run-of-show…</source>
        <translation>&amp;Guion del acto…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="84"/>
        <source>Seating plan (P&amp;DF)…</source>
        <translation>Disposición de asientos (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="150"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/ceremony_panel.py" line="151"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>correspondence_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="65"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="66"/>
        <source>Sent or received</source>
        <translation>Enviado o recibido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="67"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="68"/>
        <source>Our people</source>
        <translation>Nuestros participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="69"/>
        <source>Their people</source>
        <translation>Sus participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="70"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="71"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="89"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="104"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="109"/>
        <source>No contact recorded yet</source>
        <translation>Aún no se ha registrado ningún contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="111"/>
        <source>Last contact today</source>
        <translation>Último contacto hoy</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="113"/>
        <source>Last contact yesterday</source>
        <translation>Último contacto ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/correspondence_panel.py" line="114"/>
        <source>Last contact %n days ago</source>
        <translation>
            <numerusform>Último contacto hace %n día</numerusform>
            <numerusform>Último contacto hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="36"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="37"/>
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="38"/>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="39"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="40"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="45"/>
        <source>Partner not chosen yet</source>
        <translation>Ciudad asociada aún no elegida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="46"/>
        <source>Signing ceremony</source>
        <translation>Ceremonia de firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="47"/>
        <source>Evaluation due</source>
        <translation>Evaluación pendiente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="48"/>
        <source>Partnership at risk</source>
        <translation>Hermanamiento en riesgo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="69"/>
        <source>⚠ Overdue</source>
        <translation>⚠ Atrasado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="70"/>
        <source>⚠ Now</source>
        <translation>⚠ Ahora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="72"/>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="73"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="79"/>
        <source>Work plan: {0}</source>
        <translation>Plan de trabajo: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="89"/>
        <source>{0} (today)</source>
        <translation>{0} (hoy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="91"/>
        <source>{0} (%n day late)</source>
        <translation>
            <numerusform>{0} (%n día de retraso)</numerusform>
            <numerusform>{0} (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="93"/>
        <source>{0} (%n days late)</source>
        <translation>
            <numerusform>{0} (%n día de retraso)</numerusform>
            <numerusform>{0} (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="96"/>
        <source>{0} (in %n day)</source>
        <translation>
            <numerusform>{0} (dentro de %n día)</numerusform>
            <numerusform>{0} (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/ui/dashboard.py" line="97"/>
        <source>{0} (in %n days)</source>
        <translation>
            <numerusform>{0} (dentro de %n día)</numerusform>
            <numerusform>{0} (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/dashboard.py" line="102"/>
        <source>Step {0} · {1}</source>
        <translation>Paso {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/dashboard.py" line="60"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Sin contacto desde hace %n día</numerusform>
            <numerusform>Sin contacto desde hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="38"/>
        <source>Letter of introduction</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="39"/>
        <source>Invitation for a delegation visit</source>
        <translation>Invitación a una visita de delegación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/letter_panel.py" line="40"/>
        <source>Letter to the national sister cities body</source>
        <translation>Carta al organismo nacional de hermanamientos</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="72"/>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="74"/>
        <source>Communications</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="75"/>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="76"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="77"/>
        <source>Implementation</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="78"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="79"/>
        <source>Is there a committee with clear roles, enough members and a budget to carry the partnership?</source>
        <translation>¿Hay un comité con funciones claras, suficientes miembros y un presupuesto para sostener el hermanamiento?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="81"/>
        <source>Do people on both sides know each other and keep in touch beyond official visits?</source>
        <translation>¿Se conocen las personas de ambas partes y mantienen el contacto más allá de las visitas oficiales?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="83"/>
        <source>Does the public hear about the partnership, and do both cities share news with each other?</source>
        <translation>¿Tiene el público noticias del hermanamiento y comparten ambas ciudades novedades entre sí?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="85"/>
        <source>Are meetings held, records kept and money accounted for?</source>
        <translation>¿Se celebran reuniones, se llevan registros y se rinden cuentas del dinero?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="86"/>
        <source>How many exchanges took place, in how many fields, and who took part?</source>
        <translation>¿Cuántos intercambios se realizaron, en cuántos ámbitos y quién participó?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="88"/>
        <source>Did the work plan happen as planned, on time?</source>
        <translation>¿Se cumplió el plan de trabajo según lo previsto y a tiempo?</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="89"/>
        <source>What changed for the two communities because of the partnership?</source>
        <translation>¿Qué cambió para las dos comunidades gracias al hermanamiento?</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="73"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/process/evaluation.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="76"/>
        <source>{months} and {days}</source>
        <translation>{months} y {days}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="85"/>
        <source>the {low}–{high} month window after signing that the guide recommends ({start} to {end})</source>
        <translation>intervalo de {low} a {high} meses tras la firma que recomienda la guía (del {start} al {end})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="89"/>
        <source>{day} is {gap} before {window}.</source>
        <translation>El {day} queda {gap} antes del {window}.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/process/evaluation.py" line="92"/>
        <source>{day} is {gap} after {window}.</source>
        <translation>El {day} queda {gap} después del {window}.</translation>
    </message>
</context>
<context>
    <name>evaluation_facts</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="97"/>
        <source>Exchanges held against planned</source>
        <translation>Intercambios realizados frente a previstos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="98"/>
        <source>Time since last contact</source>
        <translation>Tiempo desde el último contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="99"/>
        <source>Participants in the last year</source>
        <translation>Participantes en el último año</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="100"/>
        <source>Sectors involved</source>
        <translation>Sectores implicados</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="101"/>
        <source>Overdue work plan items</source>
        <translation>Elementos atrasados del plan de trabajo</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/services/evaluation.py" line="92"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="94"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="102"/>
        <source>no contact yet</source>
        <translation>aún sin contacto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="96"/>
        <source>{held} of {planned}</source>
        <translation>{held} de {planned}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/evaluation.py" line="101"/>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="103"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
</context>
<context>
    <name>evaluation_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="54"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="55"/>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="56"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="57"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="61"/>
        <source>1 – poor</source>
        <translation>1 – deficiente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="62"/>
        <source>2 – weak</source>
        <translation>2 – flojo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="63"/>
        <source>3 – fair</source>
        <translation>3 – aceptable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="64"/>
        <source>4 – good</source>
        <translation>4 – bueno</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="65"/>
        <source>5 – very good</source>
        <translation>5 – muy bueno</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="135"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="141"/>
        <source>overall {0} of 5</source>
        <translation>global {0} de 5</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="144"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/evaluation_panel.py" line="145"/>
        <source>no summary</source>
        <translation>sin resumen</translation>
    </message>
</context>
<context>
    <name>gantt_view</name>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="31"/>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="32"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="33"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/gantt_view.py" line="34"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>gifts</name>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="330"/>
        <source>Avoid white flowers, which are associated with funerals.</source>
        <translation>Evite las flores blancas, que se asocian a los funerales.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="331"/>
        <source>Avoid sets of 4 or 9: 4 (shi) sounds like &apos;death&apos; and 9 (ku) like &apos;suffering&apos;.</source>
        <translation>Evite los conjuntos de 4 o 9 unidades: 4 (shi) suena como “muerte” y 9 (ku), como “sufrimiento”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="333"/>
        <source>Wrap without white or black paper (funeral colours); red-and-white or gold-and-silver ties suit celebrations.</source>
        <translation>No envuelva con papel blanco ni negro (colores funerarios); los cordones rojos y blancos o dorados y plateados son propios de las celebraciones.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="335"/>
        <source>Present and receive gifts with both hands; gifts are usually not opened in front of the giver.</source>
        <translation>Entregue y reciba los regalos con ambas manos; normalmente los regalos no se abren delante de quien los entrega.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="337"/>
        <source>Knives and scissors can suggest cutting ties (unconfirmed).</source>
        <translation>Los cuchillos y las tijeras pueden sugerir la ruptura de los lazos (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="340"/>
        <source>Avoid clocks: &apos;giving a clock&apos; (song zhong) sounds like attending a death.</source>
        <translation>Evite los relojes: “regalar un reloj” (song zhong) suena como “asistir a una muerte”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="342"/>
        <source>Avoid sets of 4: 4 (si) sounds like &apos;death&apos;.</source>
        <translation>Evite los conjuntos de 4 unidades: 4 (si) suena como “muerte”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="343"/>
        <source>Avoid umbrellas (san sounds like &apos;separate&apos;) and sharp objects such as knives or scissors (cutting ties).</source>
        <translation>Evite los paraguas (san suena como “separarse”) y los objetos cortantes, como cuchillos o tijeras (ruptura de los lazos).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="345"/>
        <source>Wrap without white or black, funeral colours; red and gold are festive.</source>
        <translation>No envuelva en blanco ni en negro, colores funerarios; el rojo y el dorado son festivos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="347"/>
        <source>Avoid green hats, which imply an unfaithful spouse.</source>
        <translation>Evite los sombreros verdes, que aluden a un cónyuge infiel.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="348"/>
        <source>Officials work under strict rules on accepting gifts; prefer modest, symbolic items of your city.</source>
        <translation>Los cargos públicos trabajan con normas estrictas sobre la aceptación de regalos; opte por objetos modestos y simbólicos de su ciudad.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="350"/>
        <source>A gift may be politely declined once or twice before it is accepted (unconfirmed).</source>
        <translation>Es posible que un regalo se rechace cortésmente una o dos veces antes de aceptarlo (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="354"/>
        <source>Avoid clocks: &apos;giving a clock&apos; sounds like attending a death.</source>
        <translation>Evite los relojes: “regalar un reloj” suena como “asistir a una muerte”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="355"/>
        <source>Avoid sets of 4: 4 sounds like &apos;death&apos;.</source>
        <translation>Evite los conjuntos de 4 unidades: 4 suena como “muerte”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="356"/>
        <source>Avoid umbrellas (separation) and sharp objects (cutting ties).</source>
        <translation>Evite los paraguas (separación) y los objetos cortantes (ruptura de los lazos).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="357"/>
        <source>Wrap without white or black, funeral colours.</source>
        <translation>No envuelva en blanco ni en negro, colores funerarios.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="358"/>
        <source>Handkerchiefs are associated with funerals and farewells (unconfirmed).</source>
        <translation>Los pañuelos se asocian a los funerales y las despedidas (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="362"/>
        <source>Avoid sets of 4: 4 (sa) sounds like &apos;death&apos;.</source>
        <translation>Evite los conjuntos de 4 unidades: 4 (sa) suena como “muerte”.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="363"/>
        <source>Never write a person&apos;s name in red ink, which is used for the dead.</source>
        <translation>No escriba nunca el nombre de una persona con tinta roja, que se usa para los difuntos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="364"/>
        <source>Present and receive gifts with both hands.</source>
        <translation>Entregue y reciba los regalos con ambas manos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="365"/>
        <source>Public officials are bound by the anti-graft law (Improper Solicitation and Graft Act), which caps gift values; keep gifts modest and symbolic (exact limits for official exchanges unconfirmed).</source>
        <translation>Los cargos públicos están sujetos a la ley anticorrupción (Improper Solicitation and Graft Act), que limita el valor de los regalos; elija regalos modestos y simbólicos (límites exactos para los intercambios oficiales sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="370"/>
        <source>Avoid leather goods, above all cowhide, which offends many Hindus.</source>
        <translation>Evite los artículos de cuero, sobre todo de piel de vaca, que ofende a muchos hindúes.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="371"/>
        <source>Avoid alcohol unless you know the recipient drinks; many abstain for religious reasons.</source>
        <translation>Evite el alcohol, salvo que sepa que el destinatario bebe; muchas personas no lo toman por motivos religiosos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="373"/>
        <source>Give and receive with the right hand or both hands, never the left alone.</source>
        <translation>Entregue y reciba con la mano derecha o con ambas manos, nunca solo con la izquierda.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="375"/>
        <source>Bright wrapping (red, yellow, green) is auspicious; avoid black and white (unconfirmed).</source>
        <translation>Los envoltorios de colores vivos (rojo, amarillo, verde) son de buen augurio; evite el negro y el blanco (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="379"/>
        <source>No alcohol or pork products, including in food hampers; both are banned at customs.</source>
        <translation>Nada de alcohol ni productos de cerdo, tampoco en cestas de alimentos; ambos están prohibidos en la aduana.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="381"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="388"/>
        <source>Give and receive with the right hand.</source>
        <translation>Entregue y reciba con la mano derecha.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="382"/>
        <source>Avoid images of dogs, and religious symbols of other faiths (unconfirmed).</source>
        <translation>Evite las imágenes de perros y los símbolos religiosos de otras creencias (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="386"/>
        <source>Avoid alcohol and pork products unless you know the recipient welcomes them.</source>
        <translation>Evite el alcohol y los productos de cerdo, salvo que sepa que el destinatario los acepta de buen grado.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="389"/>
        <source>Avoid images of dogs (unconfirmed).</source>
        <translation>Evite las imágenes de perros (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="392"/>
        <source>Give an odd number of flowers; even numbers are for funerals.</source>
        <translation>Regale un número impar de flores; los números pares son para los funerales.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="393"/>
        <source>Yellow flowers can signify separation (unconfirmed).</source>
        <translation>Las flores amarillas pueden significar separación (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="394"/>
        <source>Knives and other sharp objects are said to bring quarrels; the receiver may &apos;pay&apos; with a coin (unconfirmed).</source>
        <translation>Se dice que los cuchillos y otros objetos cortantes traen peleas; quien los recibe puede “pagarlos” con una moneda (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="396"/>
        <source>Do not hand a gift across a threshold (unconfirmed).</source>
        <translation>No entregue un regalo por encima del umbral de la puerta (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="399"/>
        <source>Chrysanthemums, lilies and white calla lilies are associated with funerals (lilies unconfirmed).</source>
        <translation>Los crisantemos, los lirios y las calas blancas se asocian a los funerales (lo de los lirios, sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="401"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="409"/>
        <source>Red roses signal romance; avoid them for officials.</source>
        <translation>Las rosas rojas expresan amor romántico; evítelas con los cargos públicos.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="402"/>
        <source>Officials need permission to accept gifts; expect gifts to be registered or handed to the city.</source>
        <translation>Los cargos públicos necesitan permiso para aceptar regalos; cuente con que los regalos se registren o se entreguen al municipio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="404"/>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="411"/>
        <source>Bouquets traditionally have an odd number of stems, but not 13 (unconfirmed).</source>
        <translation>Por tradición, los ramos tienen un número impar de flores, pero no 13 (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="408"/>
        <source>Avoid chrysanthemums, the flowers of graves (All Saints&apos; Day).</source>
        <translation>Evite los crisantemos, flores de las tumbas (Día de Todos los Santos).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="410"/>
        <source>Carnations and yellow flowers can be read badly (unconfirmed).</source>
        <translation>Los claveles y las flores amarillas pueden malinterpretarse (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="415"/>
        <source>Avoid chrysanthemums, which are funeral flowers.</source>
        <translation>Evite los crisantemos, que son flores funerarias.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="416"/>
        <source>17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a gift rule).</source>
        <translation>El número de la mala suerte es el 17, no el 13; evite los conjuntos de 17 unidades (sin confirmar como norma para los regalos).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="418"/>
        <source>Knives or scissors suggest cutting a relationship (unconfirmed).</source>
        <translation>Los cuchillos o las tijeras sugieren cortar una relación (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="419"/>
        <source>Purple wrapping is associated with bad luck or mourning (unconfirmed).</source>
        <translation>El envoltorio morado se asocia a la mala suerte o al luto (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="423"/>
        <source>Yellow marigolds (cempasuchil) belong to the Day of the Dead and funerals.</source>
        <translation>Las flores amarillas de cempasúchil son propias del Día de Muertos y de los funerales.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="425"/>
        <source>Red flowers can carry negative meanings (unconfirmed).</source>
        <translation>Las flores rojas pueden tener connotaciones negativas (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="426"/>
        <source>Knives suggest cutting the relationship (unconfirmed).</source>
        <translation>Los cuchillos sugieren cortar la relación (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="429"/>
        <source>Purple and black are associated with mourning; avoid them in flowers and wrapping (unconfirmed).</source>
        <translation>El morado y el negro se asocian al luto; evítelos en flores y envoltorios (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="431"/>
        <source>Knives or scissors suggest cutting ties (unconfirmed).</source>
        <translation>Los cuchillos o las tijeras sugieren la ruptura de los lazos (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="432"/>
        <source>Handkerchiefs are associated with tears (unconfirmed).</source>
        <translation>Los pañuelos se asocian a las lágrimas (sin confirmar).</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="435"/>
        <source>Gifts to officials often become city property and must be reported; record every gift given and received.</source>
        <translation>Los regalos a cargos públicos suelen pasar a ser propiedad municipal y deben declararse; anote cada regalo entregado y recibido.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="437"/>
        <source>Remove price tags and receipts; avoid items that display their price.</source>
        <translation>Quite las etiquetas de precio y los tiques; evite los objetos que muestren su precio.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="438"/>
        <source>Mind customs rules: food, plants, seeds, soil, meat and dairy are restricted in many countries; check both sides&apos; import rules before packing.</source>
        <translation>Tenga en cuenta las normas de aduanas: los alimentos, las plantas, las semillas, la tierra, la carne y los lácteos están restringidos en muchos países; consulte las normas de importación de ambas partes antes de hacer el equipaje.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="441"/>
        <source>Prefer symbolic items of your city (crafts, books, local art) of modest value; never cash or gift cards.</source>
        <translation>Opte por objetos simbólicos de su ciudad (artesanía, libros, arte local) de valor modesto; nunca dinero en efectivo ni tarjetas regalo.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/protocol/ceremony.py" line="443"/>
        <source>Agree with the partner&apos;s protocol office on who presents what, so gifts match in kind and value.</source>
        <translation>Acuerde con la oficina de protocolo de la ciudad asociada quién entrega qué, para que los regalos se correspondan en tipo y valor.</translation>
    </message>
</context>
<context>
    <name>inquiries</name>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="54"/>
        <source>A city abroad</source>
        <translation>Una ciudad extranjera</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="55"/>
        <source>A local resident</source>
        <translation>Un residente local</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="57"/>
        <source>from a city abroad</source>
        <translation>de una ciudad extranjera</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="58"/>
        <source>from a local resident</source>
        <translation>de un residente local</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="59"/>
        <source>City abroad</source>
        <translation>Ciudad extranjera</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="60"/>
        <source>Local resident</source>
        <translation>Residente local</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="61"/>
        <source>Meets the policy</source>
        <translation>Cumple la política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="62"/>
        <source>Does not meet</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="63"/>
        <source>Answers missing</source>
        <translation>Faltan respuestas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="65"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="66"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="67"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="68"/>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="70"/>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="71"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="72"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="74"/>
        <source>No policy yet</source>
        <translation>Aún sin política</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="75"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="76"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="77"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="78"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="100"/>
        <source>“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>“{0}” no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/inquiries_dialog.py" line="104"/>
        <source>The date received cannot be in the future.</source>
        <translation>La fecha de recepción no puede ser futura.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="43"/>
        <source>Mayor&apos;s office</source>
        <translation>Alcaldía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="44"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="45"/>
        <source>Council</source>
        <translation>Concejo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="46"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="49"/>
        <source>Our side</source>
        <translation>Nuestra parte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="50"/>
        <source>Partner side</source>
        <translation>Parte asociada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="53"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="54"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="57"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="58"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="59"/>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="60"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="61"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="62"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="65"/>
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="66"/>
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="69"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="70"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="73"/>
        <source>Ceremonial</source>
        <translation>Protocolario</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="74"/>
        <source>Precise</source>
        <translation>Preciso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="77"/>
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="78"/>
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="81"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/labels.py" line="84"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <location filename="../sistercity_desktop/ui/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>research</name>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="28"/>
        <source>high school</source>
        <translation>instituto de secundaria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="29"/>
        <source>language school</source>
        <translation>escuela de idiomas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="30"/>
        <source>research institute</source>
        <translation>instituto de investigación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="31"/>
        <source>music venue</source>
        <translation>sala de música</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="32"/>
        <source>community centre</source>
        <translation>centro comunitario</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="40"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="41"/>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="42"/>
        <source>Industries</source>
        <translation>Industrias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="43"/>
        <source>Academic institutions</source>
        <translation>Instituciones académicas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="44"/>
        <source>Cultural institutions</source>
        <translation>Instituciones culturales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="45"/>
        <source>Preexisting relationships</source>
        <translation>Relaciones previas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="46"/>
        <source>Historical or ancestral ties</source>
        <translation>Vínculos históricos o ancestrales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="48"/>
        <source>Under consideration</source>
        <translation>En estudio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="49"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="50"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="52"/>
        <source>Mayoral</source>
        <translation>Entre alcaldías</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="53"/>
        <source>Trade</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="54"/>
        <source>Diaspora</source>
        <translation>Diáspora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="55"/>
        <source>Faith-based</source>
        <translation>Religiosa</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="56"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="57"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="59"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="60"/>
        <source>Time difference</source>
        <translation>Diferencia horaria</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="61"/>
        <source>Shared office hours</source>
        <translation>Horario laboral común</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="62"/>
        <source>Hemisphere</source>
        <translation>Hemisferio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="63"/>
        <source>Likely document language</source>
        <translation>Idioma probable de los documentos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="65"/>
        <source>mayoral</source>
        <translation>entre alcaldías</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="66"/>
        <source>trade</source>
        <translation>comercial</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="67"/>
        <source>diaspora</source>
        <translation>diáspora</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="68"/>
        <source>faith-based</source>
        <translation>religioso</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="69"/>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="70"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="72"/>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="73"/>
        <source>coast</source>
        <translation>costa</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="74"/>
        <source>river</source>
        <translation>río</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="75"/>
        <source>lake</source>
        <translation>lago</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="76"/>
        <source>mountains</source>
        <translation>montañas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="77"/>
        <source>desert</source>
        <translation>desierto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="78"/>
        <source>island</source>
        <translation>isla</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="79"/>
        <source>plains</source>
        <translation>llanuras</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="80"/>
        <source>forest</source>
        <translation>bosque</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="81"/>
        <source>valley</source>
        <translation>valle</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="83"/>
        <source>tropical</source>
        <translation>tropical</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="84"/>
        <source>arid</source>
        <translation>árido</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="85"/>
        <source>mediterranean</source>
        <translation>mediterráneo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="86"/>
        <source>temperate</source>
        <translation>templado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="87"/>
        <source>oceanic</source>
        <translation>oceánico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="88"/>
        <source>continental</source>
        <translation>continental</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="89"/>
        <source>subarctic</source>
        <translation>subártico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="90"/>
        <source>highland</source>
        <translation>de montaña</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="92"/>
        <source>university</source>
        <translation>universidad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="93"/>
        <source>college</source>
        <translation>escuela superior</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="94"/>
        <source>museum</source>
        <translation>museo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="95"/>
        <source>theatre</source>
        <translation>teatro</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="96"/>
        <source>library</source>
        <translation>biblioteca</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="97"/>
        <source>festival</source>
        <translation>festival</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/data_points.py" line="98"/>
        <source>sports</source>
        <translation>deportes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="109"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="110"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="282"/>
        <source>{what} not known for either city</source>
        <translation>{what}: sin datos de ninguna de las dos ciudades</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="284"/>
        <source>{what} not known for your city</source>
        <translation>{what}: sin datos de su ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="285"/>
        <source>{what} not known for this city</source>
        <translation>{what}: sin datos de esta ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="294"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="300"/>
        <source>same size</source>
        <translation>mismo tamaño</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="302"/>
        <source>about the same size</source>
        <translation>casi el mismo tamaño</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="304"/>
        <source>{ratio}×</source>
        <translation>{ratio}×</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="305"/>
        <source>population {ours} vs {theirs} ({size})</source>
        <translation>población: {ours} frente a {theirs} ({size})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="320"/>
        <source>geography</source>
        <translation>geografía</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="332"/>
        <source>{climate} climate</source>
        <translation>clima {climate}</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="334"/>
        <source>shared: {what} ({matches} of %n features)</source>
        <translation>
            <numerusform>en común: {what} ({matches} de %n característica)</numerusform>
            <numerusform>en común: {what} ({matches} de %n características)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="337"/>
        <source>no shared features (%n in all)</source>
        <translation>
            <numerusform>ninguna característica en común (%n en total)</numerusform>
            <numerusform>ninguna característica en común (%n en total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="344"/>
        <source>industries</source>
        <translation>industrias</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="349"/>
        <source>shared: {what} ({matches} of %n industries)</source>
        <translation>
            <numerusform>en común: {what} ({matches} de %n industria)</numerusform>
            <numerusform>en común: {what} ({matches} de %n industrias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="352"/>
        <source>no shared industries (%n in all)</source>
        <translation>
            <numerusform>ninguna industria en común (%n en total)</numerusform>
            <numerusform>ninguna industria en común (%n en total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="358"/>
        <source>no {noun} recorded for your city</source>
        <translation>no se han registrado {noun} de su ciudad</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="361"/>
        <source>no {noun} recorded for this city</source>
        <translation>no se han registrado {noun} de esta ciudad</translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="365"/>
        <source>{matched} of %n of your institution kinds have a counterpart: {what}</source>
        <translation>
            <numerusform>{matched} de %n tipo de institución de su ciudad tiene equivalente: {what}</numerusform>
            <numerusform>{matched} de %n tipos de institución de su ciudad tienen equivalente: {what}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sistercity_desktop/research/similarity.py" line="369"/>
        <source>none of your %n institution kinds has a counterpart</source>
        <translation>
            <numerusform>el %n tipo de institución de su ciudad no tiene equivalente</numerusform>
            <numerusform>ninguno de los %n tipos de institución de su ciudad tiene equivalente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="377"/>
        <source>no ties recorded</source>
        <translation>no se han registrado vínculos</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="380"/>
        <source>{kind} ({strength})</source>
        <translation>{kind} (intensidad {strength})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="386"/>
        <source>ties: {what}</source>
        <translation>vínculos: {what}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="392"/>
        <source>no historical or ancestral ties recorded</source>
        <translation>no se han registrado vínculos históricos ni ancestrales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="396"/>
        <source>{strength} historical or ancestral ties ({value} of {most})</source>
        <translation>vínculos históricos o ancestrales de intensidad {strength} ({value} de {most})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="416"/>
        <source>academic institutions</source>
        <translation>instituciones académicas</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/research/similarity.py" line="418"/>
        <source>cultural institutions</source>
        <translation>instituciones culturales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="43"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="45"/>
        <source>not known (no coordinates)</source>
        <translation>desconocida (sin coordenadas)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="48"/>
        <source>{low} to {high} over the year</source>
        <translation>de {low} a {high} a lo largo del año</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="50"/>
        <source>{now} now ({spread})</source>
        <translation>{now} ahora ({spread})</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="53"/>
        <source>{hours} h when both city halls are open (9:00–17:00)</source>
        <translation>{hours} h en que ambos ayuntamientos están abiertos (9:00–17:00)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="55"/>
        <source>none: city hall hours do not overlap</source>
        <translation>ninguno: los horarios de los ayuntamientos no coinciden</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="58"/>
        <source>Northern</source>
        <translation>Norte</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="59"/>
        <source>Southern</source>
        <translation>Sur</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="62"/>
        <source>{hemisphere}, seasons opposite to ours</source>
        <translation>{hemisphere}, estaciones opuestas a las nuestras</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/services/research_report.py" line="64"/>
        <source>{hemisphere}, same seasons as ours</source>
        <translation>{hemisphere}, mismas estaciones que las nuestras</translation>
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
        <translation>Mesa de firma</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="27"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="28"/>
        <source>Host signatory</source>
        <translation>Firmante anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="29"/>
        <source>Guest signatory</source>
        <translation>Firmante invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="30"/>
        <source>Host original</source>
        <translation>Original del anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="31"/>
        <source>Guest original</source>
        <translation>Original del invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="32"/>
        <source>Host interpreter</source>
        <translation>Intérprete del anfitrión</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="33"/>
        <source>Guest interpreter</source>
        <translation>Intérprete del invitado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="34"/>
        <source>Master of ceremonies</source>
        <translation>Maestro de ceremonias</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="35"/>
        <source>Audience and press</source>
        <translation>Público y prensa</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="39"/>
        <source>Flag: {0}</source>
        <translation>Bandera: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="40"/>
        <source>Host signatory: {0}</source>
        <translation>Firmante anfitrión: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="41"/>
        <source>Guest signatory: {0}</source>
        <translation>Firmante invitado: {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="42"/>
        <source>Original of {0}</source>
        <translation>Original de {0}</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/seating_view.py" line="43"/>
        <source>Interpreter for {0}</source>
        <translation>Intérprete de {0}</translation>
    </message>
</context>
<context>
    <name>step_page</name>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="40"/>
        <source>not specified</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="41"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/step_page.py" line="42"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../sistercity_desktop/ui/worker.py" line="33"/>
        <source>Something went wrong: {0}</source>
        <translation>Algo salió mal: {0}</translation>
    </message>
</context>
<context>
    <name>workplan_panel</name>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="60"/>
        <source>Youth pen pals</source>
        <translation>Amigos por correspondencia juveniles</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="61"/>
        <source>Student exchange</source>
        <translation>Intercambio de estudiantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="62"/>
        <source>Municipal best practice</source>
        <translation>Buenas prácticas municipales</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="63"/>
        <source>Delegation visit</source>
        <translation>Visita de delegación</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="64"/>
        <source>Cultural</source>
        <translation>Cultural</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="65"/>
        <source>Economic</source>
        <translation>Económico</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="66"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="68"/>
        <source>Short term (within a year)</source>
        <translation>Corto plazo (dentro de un año)</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="69"/>
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="71"/>
        <source>short term</source>
        <translation>corto plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="72"/>
        <source>long term</source>
        <translation>largo plazo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="74"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="76"/>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="77"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="78"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="79"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="81"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="82"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="83"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="140"/>
        <source>{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.</source>
        <translation>{0}: “{1}” no es una fecha. Escríbala como AAAA-MM-DD, p. ej., 2026-03-14.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="154"/>
        <source>{0} must be a whole number, like 12.</source>
        <translation>{0} debe ser un número entero, como 12.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="157"/>
        <source>{0} must be an amount, like 1500 or 1500.50.</source>
        <translation>{0} debe ser un importe, como 1500 o 1500.50.</translation>
    </message>
    <message>
        <location filename="../sistercity_desktop/ui/workplan_panel.py" line="164"/>
        <source>Overdue · {0}</source>
        <translation>Atrasado · {0}</translation>
    </message>
</context>
</TS>
