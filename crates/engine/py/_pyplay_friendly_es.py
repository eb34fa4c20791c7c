"""Las explicaciones de _pyplay_friendly en español: MESSAGES[id] es la plantilla de cada
mensaje, con los mismos {campos} que la inglesa (crates/engine/tests/friendly_es.rs lo comprueba).

Para quien empieza a programar: frases cortas y sencillas, tuteo, palabras de todos los días y
las palabras de Python (print, input, int(), True, None) sin traducir; el código entre
acentos graves, igual que en inglés. El vocabulario es el de la página
(crates/i18n/locales/es.ftl) y las lecciones (lessons/es): sangría, índice, elemento, clave,
bucle, añade, pulsa, Enter, pegar textos con +; «revisa» y no «comprueba» (que es el botón
✔ Comprobar), y los botones como se ven en la página (▶ Ejecutar, ✔ Comprobar, ■ Detener).
"""

MESSAGES = {
    "this-line": "esta línea",
    "line-n": "la línea {n}",
    "kind-bool": "True/False (un bool)",
    "kind-none": "None (sin valor)",
    "kind-other": "un {type}",
    "kind-int": "un número entero (int)",
    "kind-float": "un número con decimales (float)",
    "kind-str": "texto (un str)",
    "kind-list": "una lista",
    "kind-tuple": "una tupla",
    "kind-dict": "un diccionario",
    "kind-set": "un conjunto (set)",
    "tabs-mixed": (
        "{At} mezcla tabuladores y espacios en la sangría. Usa solo espacios (4 por cada "
        "nivel), igual en todas las líneas del bloque."),
    "indent-expected": (
        "{Header} termina con dos puntos, así que debajo tiene que llevar líneas con sangría. "
        "Ponle a {at} una sangría de 4 espacios."),
    "indent-unexpected": (
        "{At} empieza con espacios, pero la línea anterior no abre ningún bloque. Quita los "
        "espacios del principio de {at}."),
    "unindent-one": (
        "{At} tiene una sangría de 1 espacio, que no coincide con la de ninguna línea de "
        "arriba. Alinéala exactamente con las demás líneas de su bloque."),
    "unindent": (
        "{At} tiene una sangría de {count} espacios, que no coincide con la de ninguna línea de "
        "arriba. Alinéala exactamente con las demás líneas de su bloque."),
    "colon-an-block": (
        "{At} empieza un bloque `{word}`, así que tiene que terminar con dos puntos. Añade : al "
        "final de {at}: `{code}:`"),
    "colon-a-block": (
        "{At} empieza un bloque `{word}`, así que tiene que terminar con dos puntos. Añade : al "
        "final de {at}: `{code}:`"),
    "colon": "{At} tiene que terminar con dos puntos. Añade : al final de {at}: `{code}:`",
    "never-closed": (
        "El {opener} que se abre en {at} nunca se cierra. Añade el {closer} que le corresponde "
        "donde deba terminar."),
    "unmatched": (
        "{At} tiene un {closer} sin ningún {opener} antes. Quítalo o añade el {opener} que "
        "falta."),
    "mismatched": (
        "En {at}, un {opener} se cierra con {closer}. Ciérralo con {match}: paréntesis, "
        "corchetes y llaves van siempre en parejas iguales."),
    "unterminated-curly": (
        "El texto que empieza en {at} termina con la comilla curva {curly}, seguramente copiada "
        "de unas diapositivas o de un procesador de textos. Python solo entiende las comillas "
        "rectas: vuelve a escribirla como {quote}."),
    "unterminated": (
        "El texto (en inglés, string) que empieza en {at} no tiene comilla de cierre. Añade "
        "{quote} donde deba terminar el texto."),
    "comparison-order": (
        "En Python esta comparación se escribe {right}, no {wrong}: cámbiala en {at}."),
    "assign-in-condition": (
        "En {at}, = guarda un valor en una variable. Para comparar dos valores, usa == en su "
        "lugar: `{fixed}`"),
    "print-brackets": (
        "En Python 3, print necesita paréntesis alrededor de lo que muestra: print(...)."),
    "curly-quote": (
        "{At} tiene la comilla curva {curly}, seguramente copiada de unas diapositivas o de un "
        "procesador de textos. Python solo entiende las comillas rectas: vuelve a escribirla "
        "como {plain}."),
    "curly-quotes": (
        "{At} tiene las comillas curvas {curly}, seguramente copiadas de unas diapositivas o de "
        "un procesador de textos. Python solo entiende las comillas rectas: vuelve a "
        "escribirlas como {plain}."),
    "dash": (
        "{At} tiene {dash} {char}, seguramente copiado de unas diapositivas o de un procesador "
        "de textos. El signo menos de Python es el - normal del teclado: vuelve a escribirlo "
        "como -."),
    "where-after": "justo después de `{code}`",
    "where-start": "al principio de la línea",
    "invisible": (
        "{At} tiene un carácter invisible, {name} ({code}), {where}, seguramente copiado de "
        "unas diapositivas o de un procesador de textos, y Python no lo acepta. Vuelve a "
        "escribir {at} a mano para quitarlo."),
    "odd-space": (
        "{At} tiene {name} ({code}) {where}, seguramente copiado de unas diapositivas o de un "
        "procesador de textos. Parece un espacio, pero Python no lo acepta: bórralo y escribe "
        "un espacio normal."),
    "odd-spaces": (
        "{At} tiene {count} {names} ({code}), el primero {where}, seguramente copiados de unas "
        "diapositivas o de un procesador de textos. Parecen espacios, pero Python no los "
        "acepta: bórralos y escribe espacios normales."),
    "dash-en": "un guion medio",
    "dash-em": "un guion largo",
    "dash-minus": "un signo menos",
    "space-nbsp": "un espacio de no separación",
    "space-en": "un espacio mediano",
    "space-em": "un espacio largo",
    "space-thin": "un espacio fino",
    "space-hair": "un espacio muy fino",
    "space-narrow": "un espacio estrecho de no separación",
    "space-wide": "un espacio ancho",
    "space-special": "un espacio especial",
    "spaces-nbsp": "espacios de no separación",
    "spaces-en": "espacios medianos",
    "spaces-em": "espacios largos",
    "spaces-thin": "espacios finos",
    "spaces-hair": "espacios muy finos",
    "spaces-narrow": "espacios estrechos de no separación",
    "spaces-wide": "espacios anchos",
    "spaces-special": "espacios especiales",
    "invisible-zwsp": "un espacio de ancho cero",
    "invisible-zwnj": "un carácter de no unión de ancho cero",
    "invisible-zwj": "un carácter de unión de ancho cero",
    "invisible-wj": "un carácter de unión de palabras",
    "invisible-bom": "un espacio de no separación de ancho cero",
    "invisible-shy": "un guion blando",
    "name-spaces": (
        "El nombre de una variable no puede tener espacios. En {at}, escribe `{fixed}` (con _ "
        "entre las palabras) en vez de `{spaced}`."),
    "name-spaces-guess": "En {at}, `{piece}` tiene espacios. ¿Querías decir tu variable `{name}`?",
    "missing-comma": (
        "En {at}, {names} están seguidos, sin nada entre ellos. Sepáralos con comas: `{fixed}`."),
    "missing-quotes": (
        "Sin comillas, Python lee `{shown}` en {at} como nombres de variables, no como texto. "
        "Pon el texto entre comillas: `{fixed}`."),
    "and": "{first} y {second}",
    "outside-function": (
        "`{word}` solo se puede usar dentro de una función (un `def`), y {at} no está dentro de "
        "ninguna."),
    "outside-function-indent": (
        "Si pertenece a `{name}` (línea {line}), ponle la misma sangría que a las demás líneas "
        "de `{name}`."),
    "outside-function-print": "Para mostrar un valor, usa print(...) en su lugar.",
    "outside-loop": (
        "`{word}` solo se puede usar dentro de un bucle (`for` o `while`), y {at} no está "
        "dentro de ninguno."),
    "outside-loop-indent": (
        "Si pertenece al bucle de la línea {line}, ponle la misma sangría que a las demás "
        "líneas de ese bucle."),
    "outside-loop-remove": "Quítalo o ponlo dentro de un bucle.",
    "name-in-function": (
        "La variable `{name}` solo existe dentro de la función `{owner}`, así que {at} no puede "
        "verla. Devuélvela desde `{owner}` (return {name}) y usa el resultado."),
    "name-later": (
        "{At} usa `{name}`, pero `{name}` no recibe un valor hasta la línea {later}. Python "
        "ejecuta las líneas en orden, así que dale un valor a `{name}` antes de la línea "
        "{line}."),
    "name-guess": (
        "{At} usa `{name}`, pero no hay ninguna variable ni función con ese nombre. ¿Querías "
        "decir `{guess}`?"),
    "name-case": "Para Python, las mayúsculas y las minúsculas son letras distintas.",
    "name-unknown": (
        "{At} usa `{name}`, pero todavía no hay ninguna variable ni función con ese nombre. Si "
        "es una variable, dale un valor primero; si querías el texto {name}, ponlo entre "
        'comillas: "{name}".'),
    "unbound-local": (
        "`{name}` recibe un valor en algún lugar dentro de `{function}`, y por eso es una "
        "variable propia de `{function}`, distinta de la de afuera; {at} la usa antes de que "
        "reciba ese valor. Dale un valor dentro de `{function}` primero, o pásala como "
        "parámetro."),
    "values-one": "1 valor",
    "values": "{count} valores",
    "args-none": (
        "{At} llama a `{name}` con {values}, pero `{name}` (definida en la línea {line}) no "
        "recibe ninguno. Llámala con los paréntesis vacíos: {call}()."),
    "args-range": "de {low} a {high}",
    "args": (
        "{At} llama a `{name}` con {values}, pero `{name}` (definida en la línea {line}) recibe "
        "{takes}: {params}. Dale un valor para cada uno, así: {call}({params})."),
    "builtin-replaced": (
        "Normalmente, `{name}` es la función {name}() de Python, pero tu programa guardó {kind} "
        "en `{name}`, así que ya no se puede llamar. Usa otro nombre para tu variable."),
    "call-number": (
        "`{name}` es {kind}, no una función, así que en {at} no se puede llamar con ( ). Para "
        "multiplicar, escribe un *: {name} * (...)."),
    "call-value": (
        "`{name}` es {kind}, no una función, así que en {at} no se puede llamar con ( ). Quita "
        "los ( ) que hay después de `{name}`."),
    "input-text": (
        "input() siempre da texto, aunque escribas un número. Conviértelo primero en número: "
        "int(input(...))."),
    "int-or-float": "int({code}) o float({code})",
    "holds-number-input": (
        "`{name}` guarda el texto {text}, no un número (input() siempre da texto). Conviértelo "
        "primero en número con {convert}."),
    "holds-number": (
        "`{name}` guarda el texto {text}, no un número. Conviértelo primero en número con "
        "{convert}."),
    "add-quoted-number": (
        "{At} suma el número `{number}` y `{text}`, que es texto porque está entre comillas. "
        "Para sumarlos como números, convierte el texto en número con {convert} o quita las "
        "comillas; para pegarlos como texto, usa str({number})."),
    "calculate-quoted-number": (
        "{At} hace una cuenta con el número `{number}` y `{text}`, que es texto porque está "
        "entre comillas. Para hacer la cuenta, convierte el texto en número con {convert} o "
        "quita las comillas."),
    "calculate-unknown-text": (
        "{At} hace una cuenta con texto y el número `{number}`: si `{text}` guarda un número, "
        "conviértelo en número con int({text}) o float({text})."),
    "add-unknown-text-print": (
        "{At} suma texto y el número `{number}`, y Python no sabe hacerlo: para pegarlos como "
        "texto, usa str({number}); si `{text}` guarda un número, conviértelo en número con "
        "int({text}) o float({text})."),
    "add-unknown-text": (
        "{At} suma texto y el número `{number}`, y Python no sabe hacerlo: si `{text}` guarda "
        "un número, conviértelo en número con int({text}) o float({text}); para pegarlos como "
        "texto, usa str({number})."),
    "calculate-text": (
        "{At} mezcla texto y el número `{number}`; Python no puede hacer esa cuenta con texto."),
    "add-text-fstring": (
        "{At} suma texto y `{number}`, que es un número. Python no puede sumar texto y números: "
        "convierte el número en texto con str({number}), o usa una f-string: f{example}."),
    "add-text": (
        "{At} suma texto y `{number}`, que es un número. Python no puede sumar texto y números: "
        "convierte el número en texto con str({number})."),
    "len-number": (
        "{At} pide len({name}), pero `{name}` es {kind}. len() cuenta los elementos de un "
        "texto, una lista o un diccionario, y un número no tiene elementos. Para contar sus "
        "cifras, usa len(str({name})); ¿o querías una lista?"),
    "len-none": (
        "{At} pide len({name}), pero `{name}` es None (sin valor) aquí. Muchas veces una "
        "variable recibe None de algo que no devuelve ningún valor, como `x = x.sort()`."),
    "len-function": (
        "{At} pide len({name}), pero `{name}` es una función. Para contar lo que devuelve, "
        "llámala: len({name}())."),
    "len-value": (
        "{At} pide len({name}), pero `{name}` es {kind}, que no tiene longitud: len() cuenta "
        "los elementos de un texto, una lista o un diccionario."),
    "len-type": (
        "{At} pide el len() de un {type}, que no tiene longitud: len() cuenta los elementos de "
        "un texto, una lista o un diccionario."),
    "no-folder": "{At} pide `{name}`, pero no hay ninguna carpeta llamada `{folder}`.",
    "no-file": "{At} pide el archivo `{name}`, pero no hay ningún archivo con ese nombre.",
    "no-files": "Este ejercicio no trae archivos de datos, así que no hay archivos que abrir.",
    "file-guess": "¿Querías decir `{name}`?",
    "n-more": "{count} más",
    "files": "Los archivos que este programa puede abrir son: {files}.",
    "pop-empty": (
        "La lista `{name}` está vacía, así que no hay nada que sacar con pop. Primero revisa con "
        "`if {name}:` si tiene elementos."),
    "index-empty-text": (
        "`{name}` es un texto vacío, así que no tiene ningún carácter en el índice {index}. "
        "Primero añade caracteres, o revisa con `if {name}:` si tiene alguno antes de usarlo."),
    "index-empty": (
        "`{name}` no tiene ningún elemento, así que no hay nada en el índice {index}. Primero "
        "añade elementos, o revisa con `if {name}:` si tiene alguno antes de usarlo."),
    "index-which-is": "`{code}`, que vale {index}",
    "characters-one": "1 carácter",
    "characters": "{count} caracteres",
    "items-one": "1 elemento",
    "items": "{count} elementos",
    "index-range": (
        "`{name}` tiene {size}, así que sus índices van de 0 a {last}, pero {at} pide el índice "
        "{asked}."),
    "index-append": "Para añadir un elemento al final, usa {name}.append(...).",
    "index-last-text": (
        "El primer carácter está en el índice 0, así que el último está en el índice {last}."),
    "index-last": (
        "El primer elemento está en el índice 0, así que el último está en el índice {last}."),
    "key-missing": "El diccionario `{name}` no tiene la clave {key}.",
    "key-guess": "¿Querías decir {key}?",
    "key-empty": "Está vacío.",
    "key-list": "Sus claves son: {keys}.",
    "key-check": (
        "Primero revisa con `if {key} in {name}:` si la clave está, o usa `{name}.get({key})`, "
        "que da None en vez de un error."),
    "key-missing-somewhere": (
        "El diccionario no tiene la clave {key}. Primero revisa con `in` si la clave está, o usa "
        ".get(), que da None en vez de un error."),
    "int-empty": (
        "int() recibió un texto vacío, así que no hay ningún número que leer. Eso pasa cuando "
        "pulsas Enter sin escribir un número."),
    "int-decimal": (
        "int() solo lee números enteros, y {text} no lo es. Usa float() para los números con "
        "decimales."),
    "int-text": (
        "int() solo puede convertir en número un texto hecho de cifras, pero recibió {text}."),
    "float-text": (
        "float() solo puede convertir en número un texto que parezca un número (como '3.5'), "
        "pero recibió {text}."),
    "values-more": "más valores",
    "values-fewer": "menos valores",
    "unpack": (
        "{At} da {values} a {expected} variables. El número de nombres a la izquierda del = "
        "tiene que ser igual al número de valores a la derecha."),
    "check-typed": "Revisa lo que se escribió: tiene que ser un número.",
    "divide-by-name": (
        "{At} divide entre `{name}`, que en ese momento vale 0, y dividir entre cero no tiene "
        "respuesta. Revisa con `if {name} != 0:` antes de dividir."),
    "divide-by-zero": (
        "{At} divide entre cero, y eso no tiene respuesta. Asegúrate de que el número entre el "
        "que divides no sea 0."),
    "module-attribute": "El módulo `{name}` no tiene nada llamado `{attr}`.",
    "module-attribute-guess": "¿Querías decir `{name}.{guess}`?",
    "this-value": "Este valor",
    "attribute-none": (
        "{subject} es None (sin valor) aquí, así que no tiene `.{attr}`. Muchas veces una "
        "variable recibe None de algo que no devuelve ningún valor, como `x = x.sort()` o `x = "
        "print(...)`."),
    "attribute": "{subject} es {kind}, que no tiene `.{attr}`.",
    "attribute-in": "Para saber si algo está dentro, usa `in`: `x in {name}`.",
    "it": "valor",
    "attribute-len": "Para contar sus elementos, usa len({name}).",
    "attribute-guess": "¿Querías decir `.{guess}`?",
    "attribute-str-change": (
        "Un texto no se puede cambiar: crea un texto nuevo con +, así: `s = s + 'x'`."),
    "recursion-pair": (
        "`{a}` y `{b}` se llaman la una a la otra sin parar, hasta que Python se rinde. Una de "
        "las dos necesita un caso de parada: un `if` que haga return sin volver a llamar."),
    "recursion": (
        "La función `{name}` (línea {line}) se llama a sí misma sin parar, hasta que Python se "
        "rinde. Necesita un caso de parada: un `if` que haga return sin volver a llamar a "
        "`{name}`, y cada llamada tiene que acercarse a ese caso."),
    "interrupted": (
        "El programa se detuvo mientras ejecutaba {at} (con Ctrl+C, o por el límite de tiempo "
        "de ✔ Comprobar). Lo que había hecho hasta entonces se conserva: escribe el nombre de "
        "una variable en la consola, después de >>>, para ver hasta dónde llegó."),
    "format-help": (
        "Un texto de formato tiene hasta tres partes, cada una como mucho una vez: la letra de "
        "un color (b g r c m y k w), un marcador (o . s ^ v * + x D) y un estilo de línea (- -- "
        ': -.), como "ro-" o "g--".'),
    "plot-lengths": (
        "{At} dibuja parejas de valores x e y, así que las dos listas tienen que ser igual de "
        "largas, pero x tiene {nx} valores e y tiene {ny}. Revisa dónde se llenan: cada línea "
        "de datos debe añadir un valor a cada lista."),
    "scatter-lengths": (
        "{At} dibuja un marcador por cada pareja de valores x e y, así que las dos listas "
        "tienen que ser igual de largas. Compáralas con len()."),
    "bar-lengths": (
        "{At} dibuja una barra por cada posición x, así que necesita tantas alturas como "
        "posiciones (o una sola altura para todas). Compara las listas con len()."),
    "plot-format": "{At} tiene {text} donde va un texto de formato.",
    "plot-third": (
        "{At} le da a plot() un tercer valor que no es texto: después de x e y, plot() recibe "
        "un texto de formato, o las siguientes x e y."),
    "plot-colour": (
        "Los colores son nombres como 'red' o 'tab:blue', letras sueltas (b g r c m y k w), "
        "códigos hexadecimales como '#ff8800', o de 'C0' a 'C9' para los colores por defecto, "
        "en orden."),
    "plot-legend": (
        "El loc de una leyenda es 'best' (el valor por defecto), 'upper right', 'upper left', "
        "'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', "
        "'upper center' o 'center' (o sus números, de 0 a 10)."),
    "plot-ticks": (
        "{At} da {positions} posiciones de marcas, pero {labels} etiquetas: xticks(positions, "
        "labels) necesita exactamente una etiqueta para cada posición."),
    "plot-pyplay": (
        "El matplotlib de verdad no puede funcionar en el navegador, así que pyplay tiene uno "
        "propio, más pequeño. Dibuja gráficos de líneas, de dispersión y de barras, histogramas "
        "y gráficos circulares, con títulos, etiquetas, leyendas y marcas, como matplotlib."),
    "module-desktop": (
        "`{name}` es parte de las ventanas de escritorio de Python, y pyplay funciona en una "
        "página del navegador, así que aquí no está disponible. El `tkinter` propio de pyplay "
        "(un Canvas para dibujar) y `turtle` sí lo están: impórtalos en su lugar."),
    "module-matplotlib": (
        "pyplay tiene su propio matplotlib pequeño (el de verdad no puede funcionar en un "
        "navegador): `matplotlib.pyplot` y los módulos que usa (colors, ticker, patches, "
        "lines), pero no `{name}`. Usa `import matplotlib.pyplot as plt`."),
    "module-twitter": (
        "`{name}` se conecta a una red social real por internet, con una cuenta y claves de "
        "acceso, y "
        "pyplay no puede instalar paquetes. En su lugar tiene `chirper`, una red social de "
        "práctica con los nombres de métodos del paquete python-twitter (GetSearch, "
        "GetTrendsCurrent, GetUserTimeline) y publicaciones inventadas: `import chirper`. Sus "
        'publicaciones, chirper.json, vienen con la lección "Project: Social media".'),
    "module-stdlib": (
        "`{name}` es parte de Python, pero pyplay funciona en tu navegador e incluye solo los "
        "módulos que se usan al empezar (math, random, string, collections, datetime, json, re "
        "y más), así que aquí no está disponible."),
    "module-guess": "No hay ningún módulo llamado `{name}`. ¿Querías decir `import {guess}`?",
    "module-package": (
        "`{name}` no es parte de Python: es un paquete que se instala aparte (desde PyPI), y "
        "pyplay no puede instalar paquetes. Revisa cómo está escrito, o usa Python en una "
        "computadora para esto."),
    "module-numpy": (
        "El matplotlib de pyplay dibuja listas normales: en vez de np.arange(0, 10, 0.5), "
        "escribe [i * 0.5 for i in range(20)]."),
}
