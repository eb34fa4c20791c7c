# Las palabras de pyplay, en español. Para quien empieza a programar: frases cortas y
# sencillas, tuteo, y los nombres de Python (print, input, True) sin traducir.
# Español de América Latina y las mismas palabras que las lecciones (lessons/es): pulsa, texto,
# añade, elemento, índice, clave, valor, bucle, sangría, la consola, pista, Enter; «revisa» (no
# «comprueba») para no confundirlo con el botón ✔ Comprobar; los botones como se ven en la página
# (▶ Ejecutar, ✔ Comprobar, ■ Detener, Paso a paso).

## La cabecera
app-tagline = Python en tu navegador
language-label = Idioma
colours-label = Colores
theme-system = Como este dispositivo
theme-light = Claro
theme-dark = Oscuro
text-size-label = Tamaño del texto
text-smaller = (texto más pequeño)
text-larger = (texto más grande)

## La barra de botones
run-button = ▶ Ejecutar
    .title = Ejecutar (Ctrl+Enter)
check-button = ✔ Comprobar
step-button = Paso a paso
    .label = Paso a paso
    .title = Paso a paso: ejecuta el programa y luego recórrelo línea por línea
stop-button = ■ Detener
status-starting-queued = Iniciando Python… tu programa se ejecutará en cuanto esté listo
status-starting = Iniciando Python…
status-ready = Listo
status-running = Ejecutando…
status-input = Esperando lo que escribas
status-failed = Python no está disponible

## Paso a paso
steps-title = Paso a paso
steps-close = Cerrar
steps-first = « Primero
steps-back = ◀ Atrás
steps-next = Siguiente ▶
steps-last = Último »
steps-to-line = Ejecutar hasta la línea
steps-go = Ir
steps-controls = Moverse por los pasos
step-count = Paso { $at } de { $count }
steps-recording = Grabando los pasos del programa… (se ejecuta como siempre: responde abajo a su input())
steps-failed = No se pudieron grabar los pasos ({ $why }).
steps-none = El programa no ejecutó ninguna línea propia: no hay pasos que ver.
steps-truncated = Solo se grabaron los primeros { $count } pasos; el programa siguió hasta el final. Prueba con números más pequeños (un bucle más corto) para verlo entero.
steps-line = la línea { $line } es la próxima en ejecutarse
steps-ended = el programa terminó
steps-returns = { $function }() devuelve { $value }
steps-raised = la línea { $line } dio un error: { $error }
steps-globals = Las variables del programa
steps-inside = Dentro de { $function }() (línea { $line })
steps-no-variables = Todavía no hay variables.
steps-output = La salida hasta ahora
steps-changed = El código cambió desde que se grabaron estos pasos: pulsa Paso a paso otra vez para ver los pasos del código nuevo.
steps-items = { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
steps-keys = { $count ->
    [one] { $count } clave
   *[other] { $count } claves
}
steps-more = … y { $count } más

## Predice y luego recorre
predict-label = Tu predicción: ¿qué mostrará este programa?
    .placeholder = Escríbelo línea por línea y luego pulsa Paso a paso
predict-right = ✓ ¡Acertaste! Mostró exactamente eso.
predict-wrong = Casi. Pulsa Paso a paso otra vez y busca el paso en el que la salida no es la que esperabas.
predict-yours = Tu predicción
predict-printed = Lo que mostró

## Las lecciones y el ejercicio
skip-to-editor = Ir al editor
lessons-button = Lecciones
lessons-loading = Cargando las lecciones…
lessons-failed = No se pudieron cargar las lecciones
lessons-failed-hint = Pide a quien organiza el taller que arregle el archivo que aparece arriba. Puedes seguir escribiendo y ejecutando código abajo.
lessons-pick = Elige un ejercicio de la lista.
lesson-done = Hecho
    .label = (hecho)
lesson-broken = Esta lección no se puede abrir:
exercise-about = El ejercicio: { $title }
hint-show = Ver una pista ({ $left ->
    [one] queda { $left }
   *[other] quedan { $left }
})
solution-show = Ver la solución
solution-ask = Se aprende intentándolo un poco más. ¿Quieres verla de todos modos?
    .label = ¿Ver la solución?
solution-yes = Sí, quiero verla
solution-not-yet = Todavía no
solution-caption = Una solución
shared-title = Un programa compartido
shared-intro = Alguien compartió este programa contigo. Todavía no se ejecutó: léelo y pulsa ▶ Ejecutar cuando quieras. Lo que cambies aquí no se guarda (Compartir crea un enlace nuevo); tu trabajo en las lecciones no cambia.
export-progress = Exportar progreso
import-progress = Importar progreso

## El editor y volver a empezar
editor-label = Tu programa
editor-keys = Ctrl+Enter ejecuta. Tab añade sangría y Shift+Tab la quita; pulsa Esc y luego Tab para salir del editor.
editor-error-line = El último error estaba en la línea { $line }.
reset-button = Volver al código inicial
reset-ask = ¿Cambiar tu código por el código inicial?
    .label = ¿Volver al código inicial?
reset-yes = Cambiar
reset-cancel = Cancelar
reset-done = Código inicial restaurado.
reset-done-reply = Ahora tu código es el de tu mentor.
reset-undo = Deshacer

## Compartir y pedir ayuda
share-button = Compartir
more-menu = Más
embed-button = Insertar en una página web…
share-link = Un enlace a este código (se abre en una página aparte y nunca se ejecuta solo):
    .label = Enlace para compartir
chat-text = O pega este mensaje en el chat:
copy-button = Copiar
copy-done = Copiado.
help-button = Pedir ayuda
help-intro = ¿Te atascaste? Envía este enlace a tu mentor (por el chat del taller o por correo). Contiene { $carries }. No se sube nada: todo viaja dentro del enlace, y abrirlo nunca cambia tu trabajo.
help-carries-code = tu código
help-carries-inputs = { $count ->
    [one] la línea que escribiste para input()
   *[other] las { $count } líneas que escribiste para input()
}
help-carries-output = la salida de tu última ejecución
help-carries-exercise = qué ejercicio es
help-error = El error que verá tu mentor:
help-question = ¿En qué te atascaste? (opcional)
    .placeholder = p. ej. Esperaba que dijera hola, pero dice NameError
help-link = El enlace para tu mentor:
# El mensaje para pegar en un chat junto al enlace de una petición de ayuda.
chat-ask = ¿Me ayudas con mi programa de Python?
chat-ask-exercise = ¿Me ayudas con mi programa de Python? (ejercicio «{ $exercise }»)
chat-question = Mi pregunta: { $question }
chat-error = Dice: { $error }
chat-open-request = Ábrelo aquí (el enlace lleva mi código, lo que escribí y la salida): { $link }
request-title = Una petición de ayuda
request-intro = Alguien que está aprendiendo te envió su programa, tal como estaba cuando pidió ayuda. Aquí no se guarda nada y nada se ejecuta solo; su copia sigue en su navegador.
request-intro-exercise = Alguien que está aprendiendo te envió su programa del ejercicio «{ $title }», tal como estaba cuando pidió ayuda. Aquí no se guarda nada y nada se ejecuta solo; su copia sigue en su navegador.
request-replays = { $count ->
    [one] ▶ Ejecutar lo ejecuta otra vez con la línea que escribió.
   *[other] ▶ Ejecutar lo ejecuta otra vez con las { $count } líneas que escribió.
}
request-question = Su pregunta
request-error = Terminó con:
request-inputs = Lo que escribió para input()
request-output = La salida que vio
request-answer = Responder con una copia editada
reply-panel = Cambia el código en el editor como se lo propondrías, ejecútalo y envíale este enlace. Se abre junto a su propio código; el suyo solo cambia si decide usar el tuyo.
    .label = Tu respuesta
reply-note = Una nota para esa persona (opcional)
    .placeholder = p. ej. Fíjate en cómo está escrito name en la línea 2.
reply-link = El enlace para enviarle:
# El mensaje para pegar en un chat junto al enlace de una respuesta.
chat-answer = Esta es mi respuesta a tu pregunta.
chat-answer-exercise = Esta es mi respuesta a tu pregunta sobre «{ $exercise }».
chat-open-reply = Ábrelo aquí (mi versión de tu código; el tuyo no cambia): { $link }
reply-title = La respuesta de tu mentor
reply-asked = Preguntaste:
reply-intro = Su versión de tu código está en el editor de abajo: ejecútala y compárala con la tuya. Tu código no cambió.
reply-use = Usar este código en «{ $title }»
reply-mine = Volver a mi código
reply-use-hint = Si lo usas, el tuyo queda a un clic: Deshacer lo recupera.
reply-scratch-hint = Esta es una página aparte: lo que cambies aquí no se guarda. Copia el código en tu propio programa para conservarlo.

## La consola y los resultados de Comprobar
console-label = Salida y consola de Python
console-input = Escribe tu respuesta y pulsa Enter (Ctrl+D termina la entrada, Ctrl+C interrumpe)
console-repl = Consola de Python: escribe una línea de Python y pulsa Enter (Flecha arriba para el historial, Tab añade sangría, Esc y luego Tab para salir, Ctrl+C interrumpe)
console-repl-more = Consola de Python, continúa la misma instrucción: una línea vacía la termina (Tab añade sangría, Shift+Tab la quita)
console-go-to-line = Ir a la línea { $line } en el editor
console-new-output = ↓ Salida nueva
console-cut = … se recortó la salida anterior para que la página no vaya lenta …
check-typing = Escribiendo: { $input }
check-results = Resultados de Comprobar
check-passed = Superada:
check-failed = No superada:
check-all-passed = Todo está bien: ¡ejercicio terminado!
check-expected = Lo esperado
check-showed = Lo que mostró tu programa
check-difference = La primera diferencia está en la línea { $line } (marcada).
check-difference-missing = La primera diferencia está en la línea { $line }: tu programa no mostró nada ahí.
check-difference-extra = La primera diferencia está en la línea { $line }: no se esperaba nada más.
# Lo que comprobó cada comprobación: el título de su resultado. $input son las líneas escritas, separadas por ", ".
check-title-output = Salida
check-title-with-input = Con la entrada { $input }
check-title-tests = Pruebas
check-title-drawing = Dibujo
check-title-plot = Gráfico
check-title-uses-for = Usa un bucle for
check-title-uses-while = Usa un bucle while
check-title-uses-def = Define una función
check-title-uses-if = Usa if
check-title-uses-return = Devuelve un valor
check-title-uses-comprehension = Usa una comprensión
check-title-uses-f-string = Usa una f-string
# $name es el nombre de una función, un método o un módulo, tal como lo escribe el programa.
check-title-uses-call = Llama a { $name }()
check-title-uses-method = Usa .{ $name }()
check-title-uses-import = Importa { $name }
# Por qué no se superó. $error es el nombre que Python da al error (NameError) y $message su mensaje, tal cual.
check-error = Tu programa se detuvo con { $error }: { $message } (línea { $line }).
# La comprobación detuvo el programa: es el mensaje de su KeyboardInterrupt (va después de "KeyboardInterrupt: ").
check-stopped-output = la comprobación detuvo tu programa después de { $limit } caracteres de salida. ¿Hay un bucle que nunca termina?
check-stopped-frames = la comprobación detuvo tu animación después de { $limit } fotogramas (un minuto de animación)
check-internal-problem = pyplay tuvo un problema interno: { $message }
# $message es el SyntaxError de Python.
check-unreadable = Todavía no se puede leer el programa: { $message }
check-no-plot-summary = El programa de referencia no hizo ningún resumen del gráfico: la comprobación misma está mal.

## Avisos
other-tab = Este ejercicio se cambió en otra pestaña. Tu código de aquí no lo sustituye hasta que elijas.
other-tab-use = Usar esa versión
other-tab-keep = Quedarme con la mía
other-saved = Ya habías guardado código para este ejercicio. Lo que escribiste mientras se cargaban las lecciones está en el editor, todavía sin guardar.
other-saved-use = Usar el código guardado
other-saved-keep = Quedarme con lo que escribí
download-of = Descargando Python: { $loaded } de { $total } MB.
download-so-far = Descargando Python: { $loaded } MB hasta ahora.
download-label = Descarga de Python
download-first-visit = Solo la primera visita es lenta: después, pyplay arranca al momento, incluso sin conexión.
update-ready = Hay una versión nueva de pyplay:
update-reload = Recargar
update-to-use = para usarla (tu código está guardado).
update-later = Más tarde
open-full = Abrir en pyplay ↗
link-problem = No se pudo abrir el código de este enlace: { $why }.
link-damaged = el código del enlace está dañado (¿se cortó el enlace al copiarlo?)
link-too-long = el código del enlace es demasiado largo
save-refused = Tu navegador no deja que pyplay guarde tu código ({ $why }). Cópialo en un lugar seguro antes de cerrar esta pestaña.
# Por qué el navegador no guardó: va entre los paréntesis de save-refused y tras los dos puntos de import-failed.
storage-blocked = este navegador no deja que pyplay guarde nada en esta página
storage-full = el almacenamiento del navegador para este sitio está lleno
storage-refused = el navegador no quiso guardarlo: { $detail }
# Por qué Python no puede iniciarse; $why son las palabras del navegador, p. ej. "HTTP 404".
python-download-failed = No se pudo descargar Python ({ $why }). Revisa tu conexión y recarga la página; tu código está guardado en este navegador.
python-start-failed = No se pudo iniciar Python ({ $why }). Recarga la página; tu código está guardado en este navegador.
python-keeps-failing = Python sigue sin poder iniciarse en este navegador ({ $why }). Intenta recargar la página o usar otro navegador; tu código está guardado.

## Las notas de pyplay en la salida
note-checking = Comprobando tu programa…
note-exited = El programa terminó con el código de salida { $status }.
note-stopped = Programa detenido.
note-restart = === REINICIO: Python se reinició; las variables de antes ya no están ===
note-internal-problem = pyplay tuvo un problema interno y reinició Python ({ $why }). Tu código está a salvo; vuelve a ejecutarlo.
# Va después de "MemoryError: ".
note-memory-error = el programa usó más de { $limit } MB de memoria
note-memory-explanation = Tu programa siguió pidiendo memoria hasta usar { $limit } MB, más de lo que pyplay deja usar a un programa, así que pyplay lo detuvo. ¿Hay un bucle que sigue añadiendo cosas a una lista o a un texto y nunca termina? Mira la condición del bucle, o muestra con print lo grande que se hace la lista.
note-check-timed-out = La comprobación detuvo tu programa después de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }: todavía se estaba ejecutando. ¿Hay un bucle que nunca termina (un `while` cuya condición nunca llega a ser falsa)? Ejecútalo tú para ver qué hace, y pulsa ■ Detener si se queda colgado.

# No llegó un archivo de datos de la lección (para open()); $why son las palabras del navegador o del servidor.
note-file-not-loaded = No se pudo cargar el archivo de datos { $file } ({ $why }). El programa se ejecuta sin él.
note-file-unreadable = No se pudo leer el archivo de datos { $file } ({ $why }). El programa se ejecuta sin él.

## Importar el progreso
import-failed = No se pudo importar: { $why }.
# El motivo, tras los dos puntos de import-failed (o uno de storage-blocked, storage-full, storage-refused).
import-unreadable = no se pudo leer el archivo
import-not-progress = no es un archivo de progreso de pyplay ({ $detail })
import-unknown-format = este archivo de progreso tiene un formato desconocido, «{ $format }»
import-title = ¿Importar este archivo de progreso?
import-nothing = No tiene código distinto del que tienes aquí.
import-replaces = Cambia el código de estos ejercicios. Tu código de aquí no cambia hasta que digas que sí, y después puedes deshacer la importación.
import-adds = Añade código a estos ejercicios; no sustituye nada tuyo.
# Cada ejercicio de la lista: "Lección › Ejercicio: qué pasa con su código".
import-change-added = se añade (aquí todavía no hay código)
import-change-replaced = se sustituye tu código de aquí
import-change-newer-here = se sustituye tu código de aquí (el de aquí es más reciente que el del archivo)
import-embedded = un ejercicio insertado en otro sitio web ({ $key })
import-marks-done = { $count ->
    [one] Marca { $count } ejercicio más como terminado.
   *[other] Marca { $count } ejercicios más como terminados.
}
import-confirm = Importar
import-confirm-replace = Importar y sustituir
import-cancel = Cancelar
import-done = { $count ->
    [one] Progreso importado ({ $count } programa cambiado).
   *[other] Progreso importado ({ $count } programas cambiados).
}
import-undo = Deshacer la importación

## Insertar en una página web
embed-panel = Código para insertar
embed-site = La dirección de tu sitio web (recomendado: así el editor insertado solo obedece a tu sitio y solo le informa a él)
    .placeholder = https://tu-taller.example
embed-site-no-scheme = «{ $typed }» tiene que empezar por https:// (o http://)
embed-site-not-address = «{ $typed }» no es una dirección web (p. ej. https://taller.example)
embed-options = Opciones para insertar
embed-dark = Colores oscuros
embed-readonly = Código de solo lectura
embed-no-console = Sin consola >>>
embed-paste = Pega esto en tu página web (ocupa todo el ancho de su columna):
# El título del <iframe>, para los lectores de pantalla en la página de quien organiza.
embed-frame-exercise = Ejercicio de Python: { $title }
embed-frame-editor = Editor de Python

## El dibujo
drawing-title = Dibujo
drawing-save-png = Guardar como PNG
drawing-save-svg = Guardar como SVG
# El dibujo en palabras, para los lectores de pantalla: "Dibujo de 400 por 300: 2 rectángulos, 1 línea y 1 texto".
drawing-about = Dibujo: { $what }
drawing-sized = Dibujo de { $width } por { $height }: { $what }
drawing-empty = vacío
drawing-list = { $first } y { $last }
drawing-rectangles = { $count ->
    [one] { $count } rectángulo
   *[other] { $count } rectángulos
}
drawing-ovals = { $count ->
    [one] { $count } óvalo
   *[other] { $count } óvalos
}
drawing-lines = { $count ->
    [one] { $count } línea
   *[other] { $count } líneas
}
drawing-polygons = { $count ->
    [one] { $count } polígono
   *[other] { $count } polígonos
}
drawing-texts = { $count ->
    [one] { $count } texto
   *[other] { $count } textos
}
drawing-arcs = { $count ->
    [one] { $count } arco
   *[other] { $count } arcos
}
