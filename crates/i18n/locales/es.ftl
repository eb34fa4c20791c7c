# Las palabras de pyplay, en español. Para quien empieza a programar: frases cortas y
# sencillas, tuteo, y los nombres de Python (print, input, True) sin traducir.

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
    .title = Ejecutar (Ctrl+Intro)
check-button = ✔ Comprobar
step-button = Paso a paso
    .label = Paso a paso
    .title = Paso a paso: ejecuta el programa y luego recórrelo línea a línea
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
step-count = Paso { $at } de { $count }
steps-recording = Grabando los pasos del programa… (se ejecuta como siempre: responde abajo a su input())
steps-failed = No se pudieron grabar los pasos ({ $why }).
steps-none = El programa no ejecutó ninguna línea propia: no hay pasos que ver.
steps-truncated = Solo se grabaron los primeros { $count } pasos; el programa siguió hasta el final. Prueba con números más pequeños (un bucle más corto) para verlo entero.
steps-line = la línea { $line } es la siguiente
steps-ended = el programa ha terminado
steps-returns = { $function }() devuelve { $value }
steps-raised = la línea { $line } lanzó { $error }
steps-globals = Las variables del programa
steps-inside = Dentro de { $function }() (línea { $line })
steps-no-variables = Todavía no hay variables.
steps-output = La salida hasta ahora
steps-changed = El código ha cambiado desde que se grabaron estos pasos: pulsa Paso a paso otra vez para ver los pasos del código nuevo.
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
    .placeholder = Escríbelo línea a línea y luego pulsa Paso a paso
predict-right = ✓ ¡Acertaste! Mostró exactamente eso.
predict-wrong = Casi. Pulsa Paso a paso otra vez y busca el paso en el que la salida no es la que esperabas.
predict-yours = Tu predicción
predict-printed = Lo que mostró

## Las lecciones y el ejercicio
skip-to-editor = Ir al editor
lessons-button = Lecciones
lessons-loading = Cargando las lecciones…
lessons-failed = No se pudieron cargar las lecciones
lessons-failed-hint = Pide a quien organiza el taller que arregle el archivo de arriba. Puedes seguir escribiendo y ejecutando código abajo.
lessons-pick = Elige un ejercicio de la lista.
exercise-about = El ejercicio: { $title }
hint-show = Ver una pista (quedan { $left })
solution-show = Ver la solución
solution-ask = Intentarlo un poco más es como se aprende. ¿La quieres ver de todos modos?
    .label = ¿Ver la solución?
solution-yes = Sí, verla
solution-not-yet = Todavía no
solution-caption = Una solución
shared-title = Un programa compartido
shared-intro = Alguien ha compartido este programa contigo. Todavía no se ha ejecutado: léelo y pulsa Ejecutar cuando quieras. Lo que cambies aquí no se guarda (Compartir crea un enlace nuevo); tu trabajo en las lecciones no cambia.
export-progress = Exportar progreso
import-progress = Importar progreso

## El editor y volver a empezar
editor-keys = Ctrl+Intro ejecuta. Tab añade sangría y Mayús+Tab la quita; pulsa Esc y luego Tab para salir del editor.
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
help-button = Pedir ayuda
help-intro = ¿Te has atascado? Envía este enlace a tu mentor (por el chat del taller o por correo). Contiene { $carries }. No se sube nada: todo viaja dentro del enlace, y abrirlo nunca cambia tu trabajo.
help-carries-code = tu código
help-carries-inputs = { $count ->
    [one] la línea que escribiste para input()
   *[other] las { $count } líneas que escribiste para input()
}
help-carries-output = la salida de tu última ejecución
help-carries-exercise = qué ejercicio es
help-error = El error que verán:
help-question = ¿En qué te has atascado? (opcional)
    .placeholder = p. ej. Esperaba que dijera hola, pero dice NameError
help-link = El enlace para tu mentor:
request-title = Una petición de ayuda
request-intro = Alguien que está aprendiendo te ha enviado su programa, tal como estaba cuando pidió ayuda. Aquí no se guarda nada y nada se ejecuta solo; su copia sigue en su navegador.
request-intro-exercise = Alguien que está aprendiendo te ha enviado su programa del ejercicio «{ $title }», tal como estaba cuando pidió ayuda. Aquí no se guarda nada y nada se ejecuta solo; su copia sigue en su navegador.
request-replays = { $count ->
    [one] Ejecutar lo vuelve a ejecutar con la línea que escribió.
   *[other] Ejecutar lo vuelve a ejecutar con las { $count } líneas que escribió.
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
reply-title = La respuesta de tu mentor
reply-asked = Preguntaste:
reply-intro = Su versión de tu código está en el editor de abajo: ejecútala y compárala con la tuya. Tu código no ha cambiado.
reply-use = Usar este código en «{ $title }»
reply-mine = Volver a mi código
reply-use-hint = Usarlo deja el tuyo a un clic: Deshacer lo recupera.
reply-scratch-hint = Esta es una página aparte: lo que cambies aquí no se guarda. Copia el código en tu propio programa para conservarlo.

## La consola y los resultados de Comprobar
console-label = Salida y consola de Python
console-input = Escribe tu respuesta y pulsa Intro (Ctrl+D termina la entrada, Ctrl+C interrumpe)
console-repl = Consola de Python: escribe una línea de Python y pulsa Intro (Flecha arriba para el historial, Tab añade sangría, Esc y luego Tab para salir, Ctrl+C interrumpe)
console-repl-more = Consola de Python, más de la misma instrucción: una línea vacía la termina (Tab añade sangría, Mayús+Tab la quita)
console-go-to-line = Ir a la línea { $line } en el editor
console-new-output = ↓ Salida nueva
check-typing = Escribiendo: { $input }
check-expected = Lo esperado
check-showed = Lo que mostró tu programa
check-difference = La primera diferencia está en la línea { $line } (marcada).
check-difference-missing = La primera diferencia está en la línea { $line }: tu programa no mostró nada ahí.
check-difference-extra = La primera diferencia está en la línea { $line }: no se esperaba nada más.

## Avisos
other-tab = Este ejercicio se cambió en otra pestaña. Tu código de aquí no lo sustituye hasta que elijas.
other-tab-use = Usar esa versión
other-tab-keep = Quedarme con la mía
other-saved = Ya habías guardado código para este ejercicio. Lo que escribiste mientras cargaban las lecciones está en el editor, todavía sin guardar.
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
save-refused = Tu navegador no deja que pyplay guarde tu código ({ $why }). Cópialo en un lugar seguro antes de cerrar esta pestaña.
