-- The trivia database of pyplay's Jeopardy project (lessons/jeopardy.toml).
--
-- Every clue here was written for pyplay and is dedicated to the public domain under CC0 1.0
-- (see trivia-licence.txt); none comes from the TV show. 84 categories (54 different names)
-- with 420 clues, in 7 games of two rounds with six categories each.
--
-- The tables are those the original workshop project queries (jesstess/JeopardyDatabase):
--   category(id, name, game, boardPosition, round)
--   clue(id, text, answer, value, category, isDD)
-- A category belongs to one game and round, at boardPosition 1 to 6 on the board; the same
-- name can come back in another game with other clues. clue.category is the category's id;
-- value is the clue's dollar value (200 to 1000 in round 1, 400 to 2000 in round 2); isDD is 1
-- for a Daily Double and 0 otherwise. A clue's text is a statement and its answer is short;
-- the clues of a category are listed from the cheapest (easiest) to the dearest.
--
-- Build the database file: sqlite3 trivia.db < trivia.sql
-- or in Python: sqlite3.connect("trivia.db").executescript(open("trivia.sql").read())

BEGIN TRANSACTION;

DROP TABLE IF EXISTS clue;
DROP TABLE IF EXISTS category;

CREATE TABLE category (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    game INTEGER NOT NULL,
    boardPosition INTEGER NOT NULL,
    round INTEGER NOT NULL
);

CREATE TABLE clue (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    answer TEXT NOT NULL,
    value INTEGER NOT NULL,
    category INTEGER NOT NULL REFERENCES category (id),
    isDD INTEGER NOT NULL DEFAULT 0
);

-- category: (id, name, game, boardPosition, round)
-- clue:     (id, text, answer, value, category, isDD)

-- Game 1, round 1

INSERT INTO category VALUES (1, 'Science', 1, 1, 1);
INSERT INTO clue VALUES (1, 'On the Celsius scale, pure water freezes at this many degrees.', 'Zero', 200, 1, 0);
INSERT INTO clue VALUES (2, 'We need to breathe this gas, whose chemical symbol is O.', 'Oxygen', 400, 1, 0);
INSERT INTO clue VALUES (3, 'This force keeps our feet on the ground and the Moon in orbit around Earth.', 'Gravity', 600, 1, 0);
INSERT INTO clue VALUES (4, 'A rainbow appears when sunlight is split into colors by drops of this.', 'Water', 800, 1, 0);
INSERT INTO clue VALUES (5, 'This English scientist published his three laws of motion in 1687.', 'Isaac Newton', 1000, 1, 0);

INSERT INTO category VALUES (2, 'Animals', 1, 2, 1);
INSERT INTO clue VALUES (6, 'This black-and-white bear from China eats mostly bamboo.', 'Panda', 200, 2, 0);
INSERT INTO clue VALUES (7, 'This animal, the tallest on Earth, has a very long neck.', 'Giraffe', 400, 2, 0);
INSERT INTO clue VALUES (8, 'This spotted big cat can sprint faster than any other land animal.', 'Cheetah', 600, 2, 0);
INSERT INTO clue VALUES (9, 'This ocean mammal is the largest animal known to have ever lived.', 'Blue whale', 800, 2, 0);
INSERT INTO clue VALUES (10, 'A baby kangaroo is called this.', 'Joey', 1000, 2, 0);

INSERT INTO category VALUES (3, 'World geography', 1, 3, 1);
INSERT INTO clue VALUES (11, 'Egypt, Kenya and Nigeria are all on this continent.', 'Africa', 200, 3, 0);
INSERT INTO clue VALUES (12, 'This country, shaped like a boot, sticks out into the Mediterranean Sea.', 'Italy', 400, 3, 0);
INSERT INTO clue VALUES (13, 'This river, which flows north through Egypt, is often called the longest in the world.', 'Nile', 600, 3, 0);
INSERT INTO clue VALUES (14, 'This is the largest country in South America, and the only one there where Portuguese is the main language.', 'Brazil', 800, 3, 1);
INSERT INTO clue VALUES (15, 'This country has more people than any other country in Africa.', 'Nigeria', 1000, 3, 0);

INSERT INTO category VALUES (4, 'Food and drink', 1, 4, 1);
INSERT INTO clue VALUES (16, 'This Italian dish is a flat round of dough topped with tomato and cheese, then baked.', 'Pizza', 200, 4, 0);
INSERT INTO clue VALUES (17, 'Sushi comes from this country.', 'Japan', 400, 4, 0);
INSERT INTO clue VALUES (18, 'Guacamole is made mainly from this green fruit.', 'Avocado', 600, 4, 0);
INSERT INTO clue VALUES (19, 'Hummus is made mainly from these legumes, also called garbanzo beans.', 'Chickpeas', 800, 4, 0);
INSERT INTO clue VALUES (20, 'This drink is made by pouring hot water over the dried leaves of the Camellia sinensis plant.', 'Tea', 1000, 4, 0);

INSERT INTO category VALUES (5, 'Python the language', 1, 5, 1);
INSERT INTO clue VALUES (21, 'This built-in function shows text on the screen.', 'print', 200, 5, 0);
INSERT INTO clue VALUES (22, 'Python ignores the rest of a line after this character, so it starts a comment.', '#', 400, 5, 0);
INSERT INTO clue VALUES (23, 'This built-in function tells you how many items are in a list.', 'len', 600, 5, 0);
INSERT INTO clue VALUES (24, 'Python''s name comes from this British comedy group, not from the snake.', 'Monty Python', 800, 5, 0);
INSERT INTO clue VALUES (25, 'This Dutch programmer created Python and released it in 1991.', 'Guido van Rossum', 1000, 5, 0);

INSERT INTO category VALUES (6, 'Colors', 1, 6, 1);
INSERT INTO clue VALUES (26, 'Mixing blue and yellow paint gives this color.', 'Green', 200, 6, 0);
INSERT INTO clue VALUES (27, 'Mixing red and white paint gives this color.', 'Pink', 400, 6, 0);
INSERT INTO clue VALUES (28, 'In a rainbow, this color comes between green and indigo.', 'Blue', 600, 6, 0);
INSERT INTO clue VALUES (29, 'In English, this color was named after a fruit; the fruit''s name came first.', 'Orange', 800, 6, 0);
INSERT INTO clue VALUES (30, 'Mixing red, green and blue light in equal amounts gives this color.', 'White', 1000, 6, 0);

-- Game 1, round 2

INSERT INTO category VALUES (7, 'Space', 1, 1, 2);
INSERT INTO clue VALUES (31, 'This planet is the largest in our solar system.', 'Jupiter', 400, 7, 0);
INSERT INTO clue VALUES (32, 'This planet is famous for its bright rings of ice and rock.', 'Saturn', 800, 7, 0);
INSERT INTO clue VALUES (33, 'In 1969 he became the first person to walk on the Moon.', 'Neil Armstrong', 1200, 7, 0);
INSERT INTO clue VALUES (34, 'This planet, the closest to the Sun, shares its name with a metal that is liquid at room temperature.', 'Mercury', 1600, 7, 0);
INSERT INTO clue VALUES (35, 'Our solar system is in this galaxy, whose name refers to spilled milk.', 'Milky Way', 2000, 7, 0);

INSERT INTO category VALUES (8, 'Words', 1, 2, 2);
INSERT INTO clue VALUES (36, 'A word that means the same as another word, like ''big'' and ''large'', is called this.', 'Synonym', 400, 8, 0);
INSERT INTO clue VALUES (37, 'A word that reads the same backward as forward, like ''level'', is called this.', 'Palindrome', 800, 8, 0);
INSERT INTO clue VALUES (38, 'A word made by rearranging the letters of another, like ''listen'' and ''silent'', is called this.', 'Anagram', 1200, 8, 0);
INSERT INTO clue VALUES (39, 'This punctuation mark shows where letters are missing, as in ''don''t''.', 'Apostrophe', 1600, 8, 0);
INSERT INTO clue VALUES (40, 'A word formed from the first letters of other words, like ''scuba'', is called this.', 'Acronym', 2000, 8, 0);

INSERT INTO category VALUES (9, 'Music', 1, 3, 2);
INSERT INTO clue VALUES (41, 'This instrument has 88 black and white keys.', 'Piano', 400, 9, 0);
INSERT INTO clue VALUES (42, 'A group of four musicians is called this.', 'Quartet', 800, 9, 0);
INSERT INTO clue VALUES (43, 'This Austrian composer wrote ''The Magic Flute'' and began composing as a small child.', 'Mozart', 1200, 9, 1);
INSERT INTO clue VALUES (44, 'This German composer kept writing music after losing his hearing; his Ninth Symphony ends with the ''Ode to Joy''.', 'Beethoven', 1600, 9, 0);
INSERT INTO clue VALUES (45, 'Music is written on this set of five lines.', 'Staff', 2000, 9, 0);

INSERT INTO category VALUES (10, 'World history', 1, 4, 2);
INSERT INTO clue VALUES (46, 'Built over many centuries, this wall stretches across northern China.', 'The Great Wall', 400, 10, 0);
INSERT INTO clue VALUES (47, 'This ship sank in 1912 on its first voyage after hitting an iceberg.', 'Titanic', 800, 10, 0);
INSERT INTO clue VALUES (48, 'In 1989 crowds began to tear down this wall, which had divided a German city.', 'Berlin Wall', 1200, 10, 0);
INSERT INTO clue VALUES (49, 'This French leader crowned himself emperor in 1804.', 'Napoleon', 1600, 10, 0);
INSERT INTO clue VALUES (50, 'This charter, sealed by King John of England in 1215, limited the king''s power.', 'Magna Carta', 2000, 10, 0);

INSERT INTO category VALUES (11, 'Oceans and seas', 1, 5, 2);
INSERT INTO clue VALUES (51, 'This is the largest and deepest ocean on Earth.', 'Pacific', 400, 11, 0);
INSERT INTO clue VALUES (52, 'This ocean lies between the Americas on one side and Europe and Africa on the other.', 'Atlantic', 800, 11, 0);
INSERT INTO clue VALUES (53, 'This ocean surrounds the North Pole.', 'Arctic', 1200, 11, 0);
INSERT INTO clue VALUES (54, 'This salt lake, whose shores are the lowest land on Earth, is so salty that people float easily in it.', 'Dead Sea', 1600, 11, 0);
INSERT INTO clue VALUES (55, 'The Strait of Gibraltar joins the Atlantic Ocean to this sea.', 'Mediterranean Sea', 2000, 11, 0);

INSERT INTO category VALUES (12, 'Dinosaurs', 1, 6, 2);
INSERT INTO clue VALUES (56, 'This meat-eating dinosaur''s name means ''tyrant lizard king''.', 'Tyrannosaurus rex', 400, 12, 0);
INSERT INTO clue VALUES (57, 'This plant-eater had three horns on its face and a bony frill behind its head.', 'Triceratops', 800, 12, 0);
INSERT INTO clue VALUES (58, 'This plant-eater had two rows of large plates along its back and spikes on its tail.', 'Stegosaurus', 1200, 12, 0);
INSERT INTO clue VALUES (59, 'Scientists who study fossils, such as dinosaur bones, are called this.', 'Paleontologists', 1600, 12, 1);
INSERT INTO clue VALUES (60, 'Most scientists agree that these animals, alive today, are descended from dinosaurs.', 'Birds', 2000, 12, 0);

-- Game 2, round 1

INSERT INTO category VALUES (13, 'Science', 2, 1, 1);
INSERT INTO clue VALUES (61, 'This is the chemical formula for water.', 'H2O', 200, 13, 0);
INSERT INTO clue VALUES (62, 'Plants make their food from sunlight in this process.', 'Photosynthesis', 400, 13, 0);
INSERT INTO clue VALUES (63, 'At sea level, water boils at this many degrees Fahrenheit.', '212', 600, 13, 0);
INSERT INTO clue VALUES (64, 'Sound can''t travel through this empty space, because there is nothing to carry it.', 'Vacuum', 800, 13, 0);
INSERT INTO clue VALUES (65, 'This particle in the nucleus of an atom has no electric charge.', 'Neutron', 1000, 13, 0);

INSERT INTO category VALUES (14, 'Sport', 2, 2, 1);
INSERT INTO clue VALUES (66, 'In this sport, players roll a heavy ball to knock down ten pins.', 'Bowling', 200, 14, 0);
INSERT INTO clue VALUES (67, 'A basketball team has this many players on the court at once.', 'Five', 400, 14, 0);
INSERT INTO clue VALUES (68, 'In tennis, a score of zero is called this.', 'Love', 600, 14, 0);
INSERT INTO clue VALUES (69, 'A marathon is just over 42 of these units long.', 'Kilometers', 800, 14, 0);
INSERT INTO clue VALUES (70, 'In golf, finishing a hole in one stroke under par is called this.', 'Birdie', 1000, 14, 0);

INSERT INTO category VALUES (15, 'Numbers', 2, 3, 1);
INSERT INTO clue VALUES (71, 'A dozen is this many.', '12', 200, 15, 0);
INSERT INTO clue VALUES (72, 'This Roman numeral stands for 100.', 'C', 400, 15, 0);
INSERT INTO clue VALUES (73, 'This number, about 3.14159, is a circle''s circumference divided by its diameter.', 'Pi', 600, 15, 0);
INSERT INTO clue VALUES (74, 'This is the only even prime number.', '2', 800, 15, 0);
INSERT INTO clue VALUES (75, 'This number system, used inside computers, has only the digits 0 and 1.', 'Binary', 1000, 15, 0);

INSERT INTO category VALUES (16, 'The human body', 2, 4, 1);
INSERT INTO clue VALUES (76, 'This organ pumps blood around the body.', 'Heart', 200, 16, 0);
INSERT INTO clue VALUES (77, 'This is the largest organ of the human body, and it covers the outside.', 'Skin', 400, 16, 0);
INSERT INTO clue VALUES (78, 'The femur, the longest bone in the body, is in this part of the leg.', 'Thigh', 600, 16, 1);
INSERT INTO clue VALUES (79, 'Counting wisdom teeth, adults usually have this many teeth.', '32', 800, 16, 0);
INSERT INTO clue VALUES (80, 'An adult human skeleton usually has this many bones.', '206', 1000, 16, 0);

INSERT INTO category VALUES (17, 'Fruit', 2, 5, 1);
INSERT INTO clue VALUES (81, 'This long yellow fruit is curved and must be peeled.', 'Banana', 200, 17, 0);
INSERT INTO clue VALUES (82, 'This red fruit carries its seeds on the outside.', 'Strawberry', 400, 17, 0);
INSERT INTO clue VALUES (83, 'Raisins are dried versions of this fruit.', 'Grapes', 600, 17, 0);
INSERT INTO clue VALUES (84, 'This tropical fruit has tough, scaly skin and a crown of spiky leaves on top.', 'Pineapple', 800, 17, 0);
INSERT INTO clue VALUES (85, 'Prunes are dried versions of this fruit.', 'Plums', 1000, 17, 0);

INSERT INTO category VALUES (18, 'Birds', 2, 6, 1);
INSERT INTO clue VALUES (86, 'This black-and-white bird can''t fly, but it swims very well in the cold seas of the Southern Hemisphere.', 'Penguin', 200, 18, 0);
INSERT INTO clue VALUES (87, 'This largest living bird can''t fly, but it can run very fast.', 'Ostrich', 400, 18, 0);
INSERT INTO clue VALUES (88, 'This bird with a white head is the national bird of the United States.', 'Bald eagle', 600, 18, 0);
INSERT INTO clue VALUES (89, 'This pink wading bird gets its color from the food it eats.', 'Flamingo', 800, 18, 0);
INSERT INTO clue VALUES (90, 'This tiny bird can hover in the air and even fly backward.', 'Hummingbird', 1000, 18, 0);

-- Game 2, round 2

INSERT INTO category VALUES (19, 'World geography', 2, 1, 2);
INSERT INTO clue VALUES (91, 'This country is also a whole continent.', 'Australia', 400, 19, 0);
INSERT INTO clue VALUES (92, 'This is the largest country in the world by area.', 'Russia', 800, 19, 0);
INSERT INTO clue VALUES (93, 'This canal in Egypt links the Mediterranean Sea with the Red Sea.', 'Suez Canal', 1200, 19, 0);
INSERT INTO clue VALUES (94, 'This huge island, the largest in the world that is not a continent, is mostly covered by a thick sheet of ice.', 'Greenland', 1600, 19, 1);
INSERT INTO clue VALUES (95, 'This river flows through more countries than any other, including Germany, Austria and Hungary.', 'Danube', 2000, 19, 0);

INSERT INTO category VALUES (20, 'Inventions', 2, 2, 2);
INSERT INTO clue VALUES (96, 'Alexander Graham Bell patented this invention in 1876.', 'Telephone', 400, 20, 0);
INSERT INTO clue VALUES (97, 'This device, invented in China, uses a magnetized needle to show which way is north.', 'Compass', 800, 20, 0);
INSERT INTO clue VALUES (98, 'Tim Berners-Lee invented this in 1989 while working at CERN.', 'World Wide Web', 1200, 20, 0);
INSERT INTO clue VALUES (99, 'Around 1440 this German goldsmith built a printing press with movable metal type.', 'Gutenberg', 1600, 20, 0);
INSERT INTO clue VALUES (100, 'The Wright brothers made the first powered airplane flights in 1903 in this US state.', 'North Carolina', 2000, 20, 0);

INSERT INTO category VALUES (21, 'Capital cities', 2, 3, 2);
INSERT INTO clue VALUES (101, 'This city is the capital of France.', 'Paris', 400, 21, 0);
INSERT INTO clue VALUES (102, 'The River Thames flows through this capital city.', 'London', 800, 21, 0);
INSERT INTO clue VALUES (103, 'This city is the capital of Canada.', 'Ottawa', 1200, 21, 0);
INSERT INTO clue VALUES (104, 'This city, not Sydney, is the capital of Australia.', 'Canberra', 1600, 21, 0);
INSERT INTO clue VALUES (105, 'This city is the capital of Kenya.', 'Nairobi', 2000, 21, 0);

INSERT INTO category VALUES (22, 'Weather', 2, 4, 2);
INSERT INTO clue VALUES (106, 'You hear this after a flash of lightning.', 'Thunder', 400, 22, 0);
INSERT INTO clue VALUES (107, 'Balls of ice that fall from storm clouds are called this.', 'Hail', 800, 22, 0);
INSERT INTO clue VALUES (108, 'This instrument measures air pressure.', 'Barometer', 1200, 22, 0);
INSERT INTO clue VALUES (109, 'This kind of cloud is white and puffy, like cotton wool.', 'Cumulus', 1600, 22, 0);
INSERT INTO clue VALUES (110, 'This scale, from 0 to 12, describes the strength of the wind by its effects.', 'Beaufort scale', 2000, 22, 0);

INSERT INTO category VALUES (23, 'The elements', 2, 5, 2);
INSERT INTO clue VALUES (111, 'This lightest element has the symbol H.', 'Hydrogen', 400, 23, 0);
INSERT INTO clue VALUES (112, 'This gas, used to make party balloons float, has the symbol He.', 'Helium', 800, 23, 0);
INSERT INTO clue VALUES (113, 'This precious yellow metal has the symbol Au.', 'Gold', 1200, 23, 0);
INSERT INTO clue VALUES (114, 'This metal has the symbol Fe.', 'Iron', 1600, 23, 0);
INSERT INTO clue VALUES (115, 'This metal, with the symbol Hg, is liquid at room temperature.', 'Mercury', 2000, 23, 1);

INSERT INTO category VALUES (24, 'Shapes', 2, 6, 2);
INSERT INTO clue VALUES (116, 'A flat shape with three straight sides is called this.', 'Triangle', 400, 24, 0);
INSERT INTO clue VALUES (117, 'A flat shape with six straight sides is called this.', 'Hexagon', 800, 24, 0);
INSERT INTO clue VALUES (118, 'This solid shape has six square faces.', 'Cube', 1200, 24, 0);
INSERT INTO clue VALUES (119, 'This solid shape, like a famous Egyptian monument, has a square base and four triangular sides.', 'Pyramid', 1600, 24, 0);
INSERT INTO clue VALUES (120, 'In many countries, stop signs have this eight-sided shape.', 'Octagon', 2000, 24, 0);

-- Game 3, round 1

INSERT INTO category VALUES (25, 'Animals', 3, 1, 1);
INSERT INTO clue VALUES (121, 'This animal with a long trunk is the largest land animal.', 'Elephant', 200, 25, 0);
INSERT INTO clue VALUES (122, 'A frog starts its life as this, swimming with a tail.', 'Tadpole', 400, 25, 0);
INSERT INTO clue VALUES (123, 'This sea creature has eight arms and three hearts.', 'Octopus', 600, 25, 0);
INSERT INTO clue VALUES (124, 'This animal''s name comes from Greek words meaning ''river horse''.', 'Hippopotamus', 800, 25, 0);
INSERT INTO clue VALUES (125, 'This Australian mammal lays eggs and has a bill like a duck''s.', 'Platypus', 1000, 25, 0);

INSERT INTO category VALUES (26, 'Science', 3, 2, 1);
INSERT INTO clue VALUES (126, 'Every magnet has these two ends, called north and south.', 'Poles', 200, 26, 0);
INSERT INTO clue VALUES (127, 'This scientist''s theory of relativity gave the world the equation E = mc2.', 'Albert Einstein', 400, 26, 0);
INSERT INTO clue VALUES (128, 'This is the name for the center of an atom.', 'Nucleus', 600, 26, 0);
INSERT INTO clue VALUES (129, 'Electrical power is measured in this unit.', 'Watt', 800, 26, 1);
INSERT INTO clue VALUES (130, 'Of all the colors of visible light, this one has the longest wavelength.', 'Red', 1000, 26, 0);

INSERT INTO category VALUES (27, 'Plants', 3, 3, 1);
INSERT INTO clue VALUES (131, 'This part of a plant grows underground and takes in water.', 'Roots', 200, 27, 0);
INSERT INTO clue VALUES (132, 'A cactus stores this in its thick stems.', 'Water', 400, 27, 0);
INSERT INTO clue VALUES (133, 'Plants take in this gas from the air to make their food.', 'Carbon dioxide', 600, 27, 0);
INSERT INTO clue VALUES (134, 'This tall plant, used to make mats and furniture, is actually a kind of grass.', 'Bamboo', 800, 27, 0);
INSERT INTO clue VALUES (135, 'This green substance in leaves captures the energy of sunlight.', 'Chlorophyll', 1000, 27, 0);

INSERT INTO category VALUES (28, 'Art', 3, 4, 1);
INSERT INTO clue VALUES (136, 'Leonardo da Vinci painted this famous portrait of a smiling woman.', 'Mona Lisa', 200, 28, 0);
INSERT INTO clue VALUES (137, 'For painters, the traditional primary colors are red, yellow and this.', 'Blue', 400, 28, 0);
INSERT INTO clue VALUES (138, 'This Dutch painter painted ''The Starry Night''.', 'Vincent van Gogh', 600, 28, 0);
INSERT INTO clue VALUES (139, 'Michelangelo painted the ceiling of this chapel in Vatican City.', 'Sistine Chapel', 800, 28, 0);
INSERT INTO clue VALUES (140, 'This Spanish artist helped start Cubism and painted ''Guernica''.', 'Pablo Picasso', 1000, 28, 0);

INSERT INTO category VALUES (29, 'Calendars', 3, 5, 1);
INSERT INTO clue VALUES (141, 'This month has 28 days in most years.', 'February', 200, 29, 0);
INSERT INTO clue VALUES (142, 'Leap years usually come every this many years.', '4', 400, 29, 0);
INSERT INTO clue VALUES (143, 'A leap year has this many days.', '366', 600, 29, 0);
INSERT INTO clue VALUES (144, 'This month is named after Julius Caesar.', 'July', 800, 29, 0);
INSERT INTO clue VALUES (145, 'This month''s name comes from the Latin word for eight, though it''s now the tenth month.', 'October', 1000, 29, 0);

INSERT INTO category VALUES (30, 'Board games', 3, 6, 1);
INSERT INTO clue VALUES (146, 'An ordinary die, shaped like a cube, has this many faces.', '6', 200, 30, 0);
INSERT INTO clue VALUES (147, 'In this game, played on a board of 64 squares, pieces capture by jumping over each other diagonally.', 'Checkers', 400, 30, 0);
INSERT INTO clue VALUES (148, 'In this word game, players put lettered tiles on a board to make words that cross.', 'Scrabble', 600, 30, 0);
INSERT INTO clue VALUES (149, 'On an ordinary die, the numbers on opposite faces always add up to this.', '7', 800, 30, 0);
INSERT INTO clue VALUES (150, 'This ancient game from East Asia is played with black and white stones on a grid of 19 by 19 lines.', 'Go', 1000, 30, 0);

-- Game 3, round 2

INSERT INTO category VALUES (31, 'World geography', 3, 1, 2);
INSERT INTO clue VALUES (151, 'The Amazon River flows into this ocean.', 'Atlantic', 400, 31, 0);
INSERT INTO clue VALUES (152, 'The ancient Inca city of Machu Picchu is in this country.', 'Peru', 800, 31, 0);
INSERT INTO clue VALUES (153, 'This is the smallest country in the world by area.', 'Vatican City', 1200, 31, 0);
INSERT INTO clue VALUES (154, 'Java, Sumatra and Bali are islands of this country.', 'Indonesia', 1600, 31, 0);
INSERT INTO clue VALUES (155, 'Mount Kilimanjaro, the highest mountain in Africa, is in this country.', 'Tanzania', 2000, 31, 0);

INSERT INTO category VALUES (32, 'Space', 3, 2, 2);
INSERT INTO clue VALUES (156, 'This star is at the center of our solar system.', 'Sun', 400, 32, 0);
INSERT INTO clue VALUES (157, 'This planet is known as the Red Planet.', 'Mars', 800, 32, 0);
INSERT INTO clue VALUES (158, 'This planet is the hottest in our solar system, even though Mercury is closer to the Sun.', 'Venus', 1200, 32, 0);
INSERT INTO clue VALUES (159, 'Light from the Sun takes about eight of these to reach Earth.', 'Minutes', 1600, 32, 0);
INSERT INTO clue VALUES (160, 'This comet, named after an English astronomer, can be seen from Earth about every 76 years.', 'Halley''s Comet', 2000, 32, 1);

INSERT INTO category VALUES (33, 'Food and drink', 3, 3, 2);
INSERT INTO clue VALUES (161, 'Popcorn is made from the kernels of this grain.', 'Corn', 400, 33, 0);
INSERT INTO clue VALUES (162, 'Tofu and soy sauce are both made from these beans.', 'Soybeans', 800, 33, 0);
INSERT INTO clue VALUES (163, 'Chocolate is made from the beans of this tree.', 'Cacao', 1200, 33, 0);
INSERT INTO clue VALUES (164, 'This Spanish rice dish is traditionally cooked in a wide, shallow pan.', 'Paella', 1600, 33, 0);
INSERT INTO clue VALUES (165, 'This spice, made from the dried threads of a crocus flower, is the world''s most expensive by weight.', 'Saffron', 2000, 33, 0);

INSERT INTO category VALUES (34, 'Ancient Egypt', 3, 4, 2);
INSERT INTO clue VALUES (166, 'Ancient Egyptians wrote with picture symbols called this.', 'Hieroglyphs', 400, 34, 0);
INSERT INTO clue VALUES (167, 'This huge statue with a lion''s body and a human head stands near the pyramids of Giza.', 'Sphinx', 800, 34, 0);
INSERT INTO clue VALUES (168, 'Ancient Egyptians made a kind of paper from this reed plant.', 'Papyrus', 1200, 34, 1);
INSERT INTO clue VALUES (169, 'The tomb of this young pharaoh was found almost untouched in 1922.', 'Tutankhamun', 1600, 34, 0);
INSERT INTO clue VALUES (170, 'This stone, found in 1799, helped scholars learn to read hieroglyphs.', 'Rosetta Stone', 2000, 34, 0);

INSERT INTO category VALUES (35, 'Mountains', 3, 5, 2);
INSERT INTO clue VALUES (171, 'This is the highest mountain on Earth above sea level.', 'Mount Everest', 400, 35, 0);
INSERT INTO clue VALUES (172, 'This European mountain range is home to the Matterhorn and Mont Blanc.', 'Alps', 800, 35, 0);
INSERT INTO clue VALUES (173, 'This long mountain range runs down the western side of South America.', 'Andes', 1200, 35, 0);
INSERT INTO clue VALUES (174, 'This volcano is the highest mountain in Japan.', 'Mount Fuji', 1600, 35, 0);
INSERT INTO clue VALUES (175, 'K2, the second-highest mountain on Earth, is in this mountain range.', 'Karakoram', 2000, 35, 0);

INSERT INTO category VALUES (36, 'Musical instruments', 3, 6, 2);
INSERT INTO clue VALUES (176, 'This instrument usually has six strings, which players strum or pluck.', 'Guitar', 400, 36, 0);
INSERT INTO clue VALUES (177, 'This woodwind instrument is played by blowing across a hole, not through a reed.', 'Flute', 800, 36, 0);
INSERT INTO clue VALUES (178, 'This brass instrument changes its notes with a slide instead of valves.', 'Trombone', 1200, 36, 0);
INSERT INTO clue VALUES (179, 'Bagpipes are most closely linked with this country of the United Kingdom.', 'Scotland', 1600, 36, 0);
INSERT INTO clue VALUES (180, 'This largest member of the violin family is usually played standing up.', 'Double bass', 2000, 36, 0);

-- Game 4, round 1

INSERT INTO category VALUES (37, 'Words', 4, 1, 1);
INSERT INTO clue VALUES (181, 'This word is the plural of ''mouse''.', 'Mice', 200, 37, 0);
INSERT INTO clue VALUES (182, 'This word is the plural of ''child''.', 'Children', 400, 37, 0);
INSERT INTO clue VALUES (183, 'This kind of word describes a noun, like ''blue'' in ''blue sky''.', 'Adjective', 600, 37, 0);
INSERT INTO clue VALUES (184, 'The word ''kindergarten'' comes from this language.', 'German', 800, 37, 0);
INSERT INTO clue VALUES (185, 'This is the word for a word that sounds like what it describes, such as ''buzz'' or ''sizzle''.', 'Onomatopoeia', 1000, 37, 0);

INSERT INTO category VALUES (38, 'Science', 4, 2, 1);
INSERT INTO clue VALUES (186, 'This is the solid form of water.', 'Ice', 200, 38, 0);
INSERT INTO clue VALUES (187, 'This instrument makes tiny things look much bigger.', 'Microscope', 400, 38, 0);
INSERT INTO clue VALUES (188, 'Earth takes about this many days to travel once around the Sun.', '365', 600, 38, 0);
INSERT INTO clue VALUES (189, 'The shape of a DNA molecule is called a double this.', 'Helix', 800, 38, 0);
INSERT INTO clue VALUES (190, 'Water boils at a lower temperature high on a mountain because this is lower there.', 'Air pressure', 1000, 38, 0);

INSERT INTO category VALUES (39, 'Music', 4, 3, 1);
INSERT INTO clue VALUES (191, 'This many people sing or play in a duet.', '2', 200, 39, 0);
INSERT INTO clue VALUES (192, 'This person leads an orchestra, often with a small stick called a baton.', 'Conductor', 400, 39, 0);
INSERT INTO clue VALUES (193, 'In sheet music, ''forte'' tells musicians to play this way.', 'Loudly', 600, 39, 0);
INSERT INTO clue VALUES (194, 'This Italian word, also the name of an instrument, tells musicians to play softly.', 'Piano', 800, 39, 0);
INSERT INTO clue VALUES (195, 'This Italian composer wrote ''The Four Seasons'', a set of violin concertos.', 'Vivaldi', 1000, 39, 0);

INSERT INTO category VALUES (40, 'Insects', 4, 4, 1);
INSERT INTO clue VALUES (196, 'Every adult insect has this many legs.', '6', 200, 40, 0);
INSERT INTO clue VALUES (197, 'These insects make honey.', 'Bees', 400, 40, 0);
INSERT INTO clue VALUES (198, 'These insects live in colonies with a queen and often build nests called hills.', 'Ants', 600, 40, 0);
INSERT INTO clue VALUES (199, 'This beetle makes light in its own body to find a mate on summer nights.', 'Firefly', 800, 40, 0);
INSERT INTO clue VALUES (200, 'A caterpillar turns into a butterfly inside this hard case.', 'Chrysalis', 1000, 40, 0);

INSERT INTO category VALUES (41, 'Transport', 4, 5, 1);
INSERT INTO clue VALUES (201, 'This vehicle has two wheels and is moved by pedals.', 'Bicycle', 200, 41, 0);
INSERT INTO clue VALUES (202, 'The Channel Tunnel links England with this country.', 'France', 400, 41, 0);
INSERT INTO clue VALUES (203, 'Japan''s fastest trains are nicknamed this because of their shape and speed.', 'Bullet trains', 600, 41, 0);
INSERT INTO clue VALUES (204, 'A hot-air balloon rises because the hot air inside it is lighter than this.', 'Cold air', 800, 41, 0);
INSERT INTO clue VALUES (205, 'This underground railway, the oldest in the world, opened its first line in 1863.', 'London Underground', 1000, 41, 0);

INSERT INTO category VALUES (42, 'Greek mythology', 4, 6, 1);
INSERT INTO clue VALUES (206, 'This king of the Greek gods threw thunderbolts.', 'Zeus', 200, 42, 0);
INSERT INTO clue VALUES (207, 'This Greek god of the sea carried a trident.', 'Poseidon', 400, 42, 0);
INSERT INTO clue VALUES (208, 'This Greek hero''s only weak spot was his heel.', 'Achilles', 600, 42, 1);
INSERT INTO clue VALUES (209, 'One look at this monster with snakes for hair turned people to stone.', 'Medusa', 800, 42, 0);
INSERT INTO clue VALUES (210, 'This winged horse sprang from Medusa''s neck.', 'Pegasus', 1000, 42, 0);

-- Game 4, round 2

INSERT INTO category VALUES (43, 'Animals', 4, 1, 2);
INSERT INTO clue VALUES (211, 'This animal, the only mammal that can truly fly, hangs upside down to sleep.', 'Bat', 400, 43, 0);
INSERT INTO clue VALUES (212, 'A group of lions is called this.', 'Pride', 800, 43, 0);
INSERT INTO clue VALUES (213, 'This black-and-white animal sprays a bad-smelling liquid to defend itself.', 'Skunk', 1200, 43, 0);
INSERT INTO clue VALUES (214, 'This lizard can change the color of its skin and move its eyes separately.', 'Chameleon', 1600, 43, 0);
INSERT INTO clue VALUES (215, 'Koalas eat almost nothing but the leaves of this tree.', 'Eucalyptus', 2000, 43, 0);

INSERT INTO category VALUES (44, 'Sport', 4, 2, 2);
INSERT INTO clue VALUES (216, 'This racket sport is played with a shuttlecock.', 'Badminton', 400, 44, 0);
INSERT INTO clue VALUES (217, 'The Tour de France is a famous race in this sport.', 'Cycling', 800, 44, 0);
INSERT INTO clue VALUES (218, 'The Stanley Cup is a famous trophy in this sport.', 'Ice hockey', 1200, 44, 0);
INSERT INTO clue VALUES (219, 'In rugby union, each team has this many players on the field.', '15', 1600, 44, 0);
INSERT INTO clue VALUES (220, 'In snooker, this colored ball is worth the most points.', 'Black', 2000, 44, 0);

INSERT INTO category VALUES (45, 'World history', 4, 3, 2);
INSERT INTO clue VALUES (221, 'This queen ruled the United Kingdom from 1837 to 1901.', 'Victoria', 400, 45, 0);
INSERT INTO clue VALUES (222, 'This leader of India''s independence movement was known for peaceful protest.', 'Mahatma Gandhi', 800, 45, 0);
INSERT INTO clue VALUES (223, 'The Renaissance began in the 1300s in this country.', 'Italy', 1200, 45, 0);
INSERT INTO clue VALUES (224, 'In the 1200s this Mongol leader founded an empire that became the largest connected land empire in history.', 'Genghis Khan', 1600, 45, 1);
INSERT INTO clue VALUES (225, 'This South American empire was ruled from the city of Cusco.', 'Inca', 2000, 45, 0);

INSERT INTO category VALUES (46, 'Computers', 4, 4, 2);
INSERT INTO clue VALUES (226, 'This small device moves a pointer on the screen.', 'Mouse', 400, 46, 0);
INSERT INTO clue VALUES (227, 'Eight bits make one of these.', 'Byte', 800, 46, 0);
INSERT INTO clue VALUES (228, 'A computer''s CPU is its central processing this.', 'Unit', 1200, 46, 0);
INSERT INTO clue VALUES (229, 'This British mathematician and codebreaker described a ''universal machine'' in 1936.', 'Alan Turing', 1600, 46, 0);
INSERT INTO clue VALUES (230, 'She wrote what is often called the first computer program, for Charles Babbage''s Analytical Engine.', 'Ada Lovelace', 2000, 46, 0);

INSERT INTO category VALUES (47, 'Deserts', 4, 5, 2);
INSERT INTO clue VALUES (231, 'This is the largest hot desert in the world, covering much of northern Africa.', 'Sahara', 400, 47, 0);
INSERT INTO clue VALUES (232, 'A camel stores fat, not water, in this.', 'Hump', 800, 47, 1);
INSERT INTO clue VALUES (233, 'This desert covers much of Mongolia and northern China.', 'Gobi', 1200, 47, 0);
INSERT INTO clue VALUES (234, 'Because so little snow or rain falls there, this whole continent counts as a desert.', 'Antarctica', 1600, 47, 0);
INSERT INTO clue VALUES (235, 'This desert in Chile is one of the driest places on Earth.', 'Atacama', 2000, 47, 0);

INSERT INTO category VALUES (48, 'Measurements', 4, 6, 2);
INSERT INTO clue VALUES (236, 'There are 100 of these in a meter.', 'Centimeters', 400, 48, 0);
INSERT INTO clue VALUES (237, 'This many grams make a kilogram.', '1000', 800, 48, 0);
INSERT INTO clue VALUES (238, 'A foot is this many inches.', '12', 1200, 48, 0);
INSERT INTO clue VALUES (239, 'This temperature scale, used by scientists, starts at absolute zero.', 'Kelvin', 1600, 48, 0);
INSERT INTO clue VALUES (240, 'This unit for the depth of water is equal to six feet.', 'Fathom', 2000, 48, 0);

-- Game 5, round 1

INSERT INTO category VALUES (49, 'World geography', 5, 1, 1);
INSERT INTO clue VALUES (241, 'This is the largest continent.', 'Asia', 200, 49, 0);
INSERT INTO clue VALUES (242, 'This US state is made up entirely of islands in the Pacific Ocean.', 'Hawaii', 400, 49, 0);
INSERT INTO clue VALUES (243, 'This Scandinavian country''s coast is famous for its long, narrow inlets called fjords.', 'Norway', 600, 49, 0);
INSERT INTO clue VALUES (244, 'This canal links the Atlantic and Pacific Oceans through Central America.', 'Panama Canal', 800, 49, 0);
INSERT INTO clue VALUES (245, 'This lake between the United States and Canada is the largest freshwater lake in the world by area.', 'Lake Superior', 1000, 49, 0);

INSERT INTO category VALUES (50, 'Python the language', 5, 2, 1);
INSERT INTO clue VALUES (246, 'This keyword starts the definition of a function.', 'def', 200, 50, 0);
INSERT INTO clue VALUES (247, 'The first item of a Python list has this index.', '0', 400, 50, 0);
INSERT INTO clue VALUES (248, 'Python uses this, not curly braces, to show which lines belong to a loop or an if.', 'Indentation', 600, 50, 0);
INSERT INTO clue VALUES (249, 'This keyword, short for ''else if'', checks another condition.', 'elif', 800, 50, 1);
INSERT INTO clue VALUES (250, 'Typing ''import this'' shows a short poem with this name.', 'The Zen of Python', 1000, 50, 0);

INSERT INTO category VALUES (51, 'Numbers', 5, 3, 1);
INSERT INTO clue VALUES (251, 'A century is this many years.', '100', 200, 51, 0);
INSERT INTO clue VALUES (252, 'This Roman numeral stands for 50.', 'L', 400, 51, 0);
INSERT INTO clue VALUES (253, 'Twelve dozen, or 12 times 12, is this number, also called a gross.', '144', 600, 51, 0);
INSERT INTO clue VALUES (254, 'A googol is 1 followed by this many zeros.', '100', 800, 51, 0);
INSERT INTO clue VALUES (255, 'This sequence starts 0, 1, 1, 2, 3, 5, 8, and each number is the sum of the two before it.', 'Fibonacci', 1000, 51, 0);

INSERT INTO category VALUES (52, 'Colors', 5, 4, 1);
INSERT INTO clue VALUES (256, 'Ripe tomatoes are usually this color.', 'Red', 200, 52, 0);
INSERT INTO clue VALUES (257, 'Mixing red and blue paint gives this color.', 'Purple', 400, 52, 0);
INSERT INTO clue VALUES (258, 'The flag of Japan shows a red circle on this color.', 'White', 600, 52, 0);
INSERT INTO clue VALUES (259, 'A person who can''t tell certain colors apart, often red and green, is said to be this.', 'Color blind', 800, 52, 0);
INSERT INTO clue VALUES (260, 'This deep blue pigment was first made by grinding the stone lapis lazuli.', 'Ultramarine', 1000, 52, 0);

INSERT INTO category VALUES (53, 'Vegetables', 5, 5, 1);
INSERT INTO clue VALUES (261, 'This orange root vegetable is a favorite food of cartoon rabbits.', 'Carrot', 200, 53, 0);
INSERT INTO clue VALUES (262, 'French fries are made from this vegetable.', 'Potato', 400, 53, 0);
INSERT INTO clue VALUES (263, 'Cutting this vegetable often makes people''s eyes water.', 'Onion', 600, 53, 0);
INSERT INTO clue VALUES (264, 'This green vegetable looks like a small tree.', 'Broccoli', 800, 53, 0);
INSERT INTO clue VALUES (265, 'Egyptian falafel is made from these beans, also called broad beans.', 'Fava beans', 1000, 53, 0);

INSERT INTO category VALUES (54, 'Fairy tales', 5, 6, 1);
INSERT INTO clue VALUES (266, 'On her way to her grandmother''s house, this girl meets a wolf.', 'Little Red Riding Hood', 200, 54, 0);
INSERT INTO clue VALUES (267, 'She lost a glass slipper at the ball.', 'Cinderella', 400, 54, 0);
INSERT INTO clue VALUES (268, 'In the tale, this girl lets down her very long hair from a tower.', 'Rapunzel', 600, 54, 0);
INSERT INTO clue VALUES (269, 'These two German brothers collected fairy tales like ''Hansel and Gretel''.', 'Brothers Grimm', 800, 54, 0);
INSERT INTO clue VALUES (270, 'This Danish writer wrote ''The Little Mermaid'' and ''The Ugly Duckling''.', 'Hans Christian Andersen', 1000, 54, 0);

-- Game 5, round 2

INSERT INTO category VALUES (55, 'Science', 5, 1, 2);
INSERT INTO clue VALUES (271, 'When a puddle dries up in the sun, its water turns into a gas by this process.', 'Evaporation', 400, 55, 0);
INSERT INTO clue VALUES (272, 'This is the hardest natural material.', 'Diamond', 800, 55, 0);
INSERT INTO clue VALUES (273, 'A material that lets electricity flow through it easily, like copper, is called this.', 'Conductor', 1200, 55, 0);
INSERT INTO clue VALUES (274, 'This English naturalist published ''On the Origin of Species'' in 1859.', 'Charles Darwin', 1600, 55, 0);
INSERT INTO clue VALUES (275, 'Pure water has this pH.', '7', 2000, 55, 0);

INSERT INTO category VALUES (56, 'The human body', 5, 2, 2);
INSERT INTO clue VALUES (276, 'Red blood cells carry this gas around the body.', 'Oxygen', 400, 56, 0);
INSERT INTO clue VALUES (277, 'These two organs clean the blood and make urine.', 'Kidneys', 800, 56, 0);
INSERT INTO clue VALUES (278, 'These blood vessels carry blood away from the heart.', 'Arteries', 1200, 56, 0);
INSERT INTO clue VALUES (279, 'The smallest bone in the human body is in this part of the head.', 'Ear', 1600, 56, 0);
INSERT INTO clue VALUES (280, 'This sheet of muscle under the lungs helps you breathe.', 'Diaphragm', 2000, 56, 0);

INSERT INTO category VALUES (57, 'Inventions', 5, 3, 2);
INSERT INTO clue VALUES (281, 'Thomas Edison''s company made a long-lasting version of this electric lamp.', 'Light bulb', 400, 57, 0);
INSERT INTO clue VALUES (282, 'Elias Howe patented this machine in 1846; it joins cloth with thread.', 'Sewing machine', 800, 57, 0);
INSERT INTO clue VALUES (283, 'Louis Braille''s reading system for blind people uses patterns of these.', 'Raised dots', 1200, 57, 1);
INSERT INTO clue VALUES (284, 'This Italian scientist built the first electric battery around 1800, and the volt is named after him.', 'Alessandro Volta', 1600, 57, 0);
INSERT INTO clue VALUES (285, 'This Scottish engineer improved the steam engine, and a unit of power is named after him.', 'James Watt', 2000, 57, 0);

INSERT INTO category VALUES (58, 'Languages', 5, 4, 2);
INSERT INTO clue VALUES (286, '''Bonjour'' means ''hello'' in this language.', 'French', 400, 58, 0);
INSERT INTO clue VALUES (287, '''Gracias'' means ''thank you'' in this language.', 'Spanish', 800, 58, 0);
INSERT INTO clue VALUES (288, 'This language is the main language of Brazil.', 'Portuguese', 1200, 58, 0);
INSERT INTO clue VALUES (289, 'This language is written in an alphabet called Hangul.', 'Korean', 1600, 58, 0);
INSERT INTO clue VALUES (290, 'L. L. Zamenhof created this language in 1887, hoping it would help people from different countries talk.', 'Esperanto', 2000, 58, 0);

INSERT INTO category VALUES (59, 'Volcanoes', 5, 5, 2);
INSERT INTO clue VALUES (291, 'Melted rock that pours out of a volcano is called this.', 'Lava', 400, 59, 0);
INSERT INTO clue VALUES (292, 'Melted rock that is still underground is called this.', 'Magma', 800, 59, 0);
INSERT INTO clue VALUES (293, 'The Roman town of Pompeii was buried when this volcano erupted in 79 AD.', 'Vesuvius', 1200, 59, 0);
INSERT INTO clue VALUES (294, 'This horseshoe-shaped ring of volcanoes and earthquakes runs around the Pacific Ocean.', 'Ring of Fire', 1600, 59, 0);
INSERT INTO clue VALUES (295, 'Hawaii''s Mauna Loa is this kind of broad, gently sloping volcano.', 'Shield volcano', 2000, 59, 0);

INSERT INTO category VALUES (60, 'Ancient Rome', 5, 6, 2);
INSERT INTO clue VALUES (296, 'Ancient Romans spoke this language.', 'Latin', 400, 60, 0);
INSERT INTO clue VALUES (297, 'Gladiators fought in this huge arena in Rome.', 'Colosseum', 800, 60, 0);
INSERT INTO clue VALUES (298, 'According to legend, these twin brothers raised by a wolf founded Rome.', 'Romulus and Remus', 1200, 60, 0);
INSERT INTO clue VALUES (299, 'Romans built these channels, often carried on tall arches, to bring water to their cities.', 'Aqueducts', 1600, 60, 0);
INSERT INTO clue VALUES (300, 'The Romans built this wall across northern England, named after an emperor.', 'Hadrian''s Wall', 2000, 60, 1);

-- Game 6, round 1

INSERT INTO category VALUES (61, 'Animals', 6, 1, 1);
INSERT INTO clue VALUES (301, 'This farm animal says ''moo''.', 'Cow', 200, 61, 0);
INSERT INTO clue VALUES (302, 'A young dog is called this.', 'Puppy', 400, 61, 0);
INSERT INTO clue VALUES (303, 'This African animal looks like a horse with black and white stripes.', 'Zebra', 600, 61, 0);
INSERT INTO clue VALUES (304, 'A snake sheds this as it grows.', 'Skin', 800, 61, 0);
INSERT INTO clue VALUES (305, 'This large rodent builds dams across streams and rivers.', 'Beaver', 1000, 61, 0);

INSERT INTO category VALUES (62, 'Capital cities', 6, 2, 1);
INSERT INTO clue VALUES (306, 'This city is the capital of Italy.', 'Rome', 200, 62, 0);
INSERT INTO clue VALUES (307, 'This city is the capital of Egypt.', 'Cairo', 400, 62, 0);
INSERT INTO clue VALUES (308, 'This city is the capital of Spain.', 'Madrid', 600, 62, 0);
INSERT INTO clue VALUES (309, 'This city is the capital of Argentina.', 'Buenos Aires', 800, 62, 0);
INSERT INTO clue VALUES (310, 'The Danube River divides this capital city into two old towns, Buda and Pest.', 'Budapest', 1000, 62, 0);

INSERT INTO category VALUES (63, 'Weather', 6, 3, 1);
INSERT INTO clue VALUES (311, 'White flakes of frozen water that fall from clouds are called this.', 'Snow', 200, 63, 0);
INSERT INTO clue VALUES (312, 'This is a spinning column of air that reaches from a storm cloud down to the ground.', 'Tornado', 400, 63, 0);
INSERT INTO clue VALUES (313, 'A storm called a hurricane in the Atlantic is called this in the western Pacific.', 'Typhoon', 600, 63, 0);
INSERT INTO clue VALUES (314, 'Scientists who study and forecast the weather are called this.', 'Meteorologists', 800, 63, 0);
INSERT INTO clue VALUES (315, 'Water vapor turning into liquid drops on a cold glass is called this.', 'Condensation', 1000, 63, 0);

INSERT INTO category VALUES (64, 'Trees', 6, 4, 1);
INSERT INTO clue VALUES (316, 'Acorns grow on this tree.', 'Oak', 200, 64, 0);
INSERT INTO clue VALUES (317, 'This tree''s leaf is on the flag of Canada.', 'Maple', 400, 64, 0);
INSERT INTO clue VALUES (318, 'You can tell a tree''s age by counting these in its trunk.', 'Rings', 600, 64, 0);
INSERT INTO clue VALUES (319, 'Trees that lose all their leaves in autumn are called this.', 'Deciduous', 800, 64, 0);
INSERT INTO clue VALUES (320, 'These giant trees of California''s coast include the tallest known living trees.', 'Redwoods', 1000, 64, 0);

INSERT INTO category VALUES (65, 'The Olympics', 6, 5, 1);
INSERT INTO clue VALUES (321, 'The Olympic flag shows this many rings.', '5', 200, 65, 0);
INSERT INTO clue VALUES (322, 'The winner of an Olympic event gets a medal of this color.', 'Gold', 400, 65, 0);
INSERT INTO clue VALUES (323, 'The ancient Olympic Games were held in this country.', 'Greece', 600, 65, 0);
INSERT INTO clue VALUES (324, 'The first modern Olympic Games were held in this city in 1896.', 'Athens', 800, 65, 1);
INSERT INTO clue VALUES (325, 'The Latin words ''Citius, Altius, Fortius'' in the Olympic motto mean this.', 'Faster, higher, stronger', 1000, 65, 0);

INSERT INTO category VALUES (66, 'Nursery rhymes', 6, 6, 1);
INSERT INTO clue VALUES (326, 'He sat on a wall and had a great fall.', 'Humpty Dumpty', 200, 66, 0);
INSERT INTO clue VALUES (327, 'Jack and Jill went up the hill to fetch a pail of this.', 'Water', 400, 66, 0);
INSERT INTO clue VALUES (328, 'In ''Hickory Dickory Dock'', this animal ran up the clock.', 'Mouse', 600, 66, 0);
INSERT INTO clue VALUES (329, 'This girl sat on a tuffet, eating her curds and whey.', 'Little Miss Muffet', 800, 66, 0);
INSERT INTO clue VALUES (330, 'This nursery rhyme is sung to the same tune as the alphabet song.', 'Twinkle, Twinkle, Little Star', 1000, 66, 0);

-- Game 6, round 2

INSERT INTO category VALUES (67, 'Science', 6, 1, 2);
INSERT INTO clue VALUES (331, 'This science is the study of living things.', 'Biology', 400, 67, 0);
INSERT INTO clue VALUES (332, 'These tiny particles with a negative charge move around the nucleus of an atom.', 'Electrons', 800, 67, 0);
INSERT INTO clue VALUES (333, 'A layer of this gas high in the atmosphere absorbs much of the Sun''s ultraviolet light.', 'Ozone', 1200, 67, 0);
INSERT INTO clue VALUES (334, '''For every action there is an equal and opposite reaction'' is Newton''s law with this number.', 'Third', 1600, 67, 0);
INSERT INTO clue VALUES (335, 'This temperature, minus 273.15 degrees Celsius, is the coldest possible.', 'Absolute zero', 2000, 67, 1);

INSERT INTO category VALUES (68, 'Words', 6, 2, 2);
INSERT INTO clue VALUES (336, 'A group of words that expresses a complete thought, starting with a capital letter, is called this.', 'Sentence', 400, 68, 0);
INSERT INTO clue VALUES (337, 'The word ''alphabet'' comes from the names of the first two letters of this language''s alphabet.', 'Greek', 800, 68, 0);
INSERT INTO clue VALUES (338, 'A word that sounds like another but means something different, like ''pair'' and ''pear'', is called this.', 'Homophone', 1200, 68, 0);
INSERT INTO clue VALUES (339, 'A bibliophile is a person who loves these.', 'Books', 1600, 68, 0);
INSERT INTO clue VALUES (340, 'The word ''ursine'' describes things to do with this animal.', 'Bear', 2000, 68, 0);

INSERT INTO category VALUES (69, 'Art', 6, 3, 2);
INSERT INTO clue VALUES (341, 'A painting of fruit, flowers or other objects that don''t move is called this.', 'Still life', 400, 69, 0);
INSERT INTO clue VALUES (342, 'Michelangelo carved this famous marble statue of a young biblical hero.', 'David', 800, 69, 0);
INSERT INTO clue VALUES (343, 'This Norwegian painter made ''The Scream''.', 'Edvard Munch', 1200, 69, 0);
INSERT INTO clue VALUES (344, 'This Dutch artist painted ''Girl with a Pearl Earring''.', 'Vermeer', 1600, 69, 0);
INSERT INTO clue VALUES (345, 'This French sculptor made ''The Thinker''.', 'Auguste Rodin', 2000, 69, 0);

INSERT INTO category VALUES (70, 'Famous scientists', 6, 4, 2);
INSERT INTO clue VALUES (346, 'This Polish-born scientist was the first person to win Nobel Prizes in two different sciences.', 'Marie Curie', 400, 70, 0);
INSERT INTO clue VALUES (347, 'In 1610 this Italian astronomer used a telescope to discover four moons of Jupiter.', 'Galileo', 800, 70, 1);
INSERT INTO clue VALUES (348, 'This Polish astronomer argued that Earth goes around the Sun, not the other way round.', 'Copernicus', 1200, 70, 0);
INSERT INTO clue VALUES (349, 'This monk''s experiments with pea plants started the science of genetics.', 'Gregor Mendel', 1600, 70, 0);
INSERT INTO clue VALUES (350, 'This Russian chemist arranged the elements in his periodic table in 1869.', 'Dmitri Mendeleev', 2000, 70, 0);

INSERT INTO category VALUES (71, 'Sea life', 6, 5, 2);
INSERT INTO clue VALUES (351, 'Many kinds of this sea animal have five arms and can grow a new arm if they lose one.', 'Starfish', 400, 71, 0);
INSERT INTO clue VALUES (352, 'This small orange-and-white fish lives among the stinging tentacles of sea anemones.', 'Clownfish', 800, 71, 0);
INSERT INTO clue VALUES (353, 'This huge system of coral reefs lies off the coast of Queensland, Australia.', 'Great Barrier Reef', 1200, 71, 0);
INSERT INTO clue VALUES (354, 'This largest living fish eats tiny plankton.', 'Whale shark', 1600, 71, 0);
INSERT INTO clue VALUES (355, 'A shark''s skeleton is made of this flexible material instead of bone.', 'Cartilage', 2000, 71, 0);

INSERT INTO category VALUES (72, 'Time', 6, 6, 2);
INSERT INTO clue VALUES (356, 'A minute has this many seconds.', '60', 400, 72, 0);
INSERT INTO clue VALUES (357, 'A thousand years is called this.', 'Millennium', 800, 72, 0);
INSERT INTO clue VALUES (358, 'A week has this many hours.', '168', 1200, 72, 0);
INSERT INTO clue VALUES (359, 'This imaginary line, mostly in the Pacific Ocean, marks where the date changes.', 'International Date Line', 1600, 72, 0);
INSERT INTO clue VALUES (360, 'The ''a.m.'' in ''9 a.m.'' stands for these Latin words meaning ''before midday''.', 'Ante meridiem', 2000, 72, 0);

-- Game 7, round 1

INSERT INTO category VALUES (73, 'World geography', 7, 1, 1);
INSERT INTO clue VALUES (361, 'This country is often called the Land of the Rising Sun.', 'Japan', 200, 73, 0);
INSERT INTO clue VALUES (362, 'This island country lies off the southern tip of India.', 'Sri Lanka', 400, 73, 0);
INSERT INTO clue VALUES (363, 'The Rhine, the Elbe and the Danube rivers all flow through this country.', 'Germany', 600, 73, 0);
INSERT INTO clue VALUES (364, 'This city on the Bosphorus strait lies partly in Europe and partly in Asia.', 'Istanbul', 800, 73, 0);
INSERT INTO clue VALUES (365, 'This small country sits high in the Pyrenees, between France and Spain.', 'Andorra', 1000, 73, 0);

INSERT INTO category VALUES (74, 'Plants', 7, 2, 1);
INSERT INTO clue VALUES (366, 'This flower, a symbol of love, has thorny stems.', 'Rose', 200, 74, 0);
INSERT INTO clue VALUES (367, 'This tall plant with big yellow flowers turns to follow the Sun while it is young.', 'Sunflower', 400, 74, 0);
INSERT INTO clue VALUES (368, 'The Venus flytrap belongs to this group of plants that catch insects.', 'Carnivorous plants', 600, 74, 0);
INSERT INTO clue VALUES (369, 'Mushrooms are not plants; they belong to this separate kingdom of living things.', 'Fungi', 800, 74, 0);
INSERT INTO clue VALUES (370, 'Vanilla comes from the seed pods of a kind of this flower.', 'Orchid', 1000, 74, 0);

INSERT INTO category VALUES (75, 'Oceans and seas', 7, 3, 1);
INSERT INTO clue VALUES (371, 'Seawater tastes this way because of the minerals dissolved in it.', 'Salty', 200, 75, 0);
INSERT INTO clue VALUES (372, 'The daily rise and fall of the sea, caused mostly by the Moon, are called this.', 'Tides', 400, 75, 0);
INSERT INTO clue VALUES (373, 'This sea between Africa and the Arabian Peninsula is named after a color.', 'Red Sea', 600, 75, 0);
INSERT INTO clue VALUES (374, 'This ocean surrounds Antarctica.', 'Southern Ocean', 800, 75, 0);
INSERT INTO clue VALUES (375, 'This warm ocean current flows from the Gulf of Mexico across the Atlantic.', 'Gulf Stream', 1000, 75, 0);

INSERT INTO category VALUES (76, 'Boats and ships', 7, 4, 1);
INSERT INTO clue VALUES (376, 'This narrow boat is moved with a paddle that has a blade at each end.', 'Kayak', 200, 76, 0);
INSERT INTO clue VALUES (377, 'The front end of a ship is called this.', 'Bow', 400, 76, 0);
INSERT INTO clue VALUES (378, 'Facing forward, the left side of a ship is called this.', 'Port', 600, 76, 1);
INSERT INTO clue VALUES (379, 'Facing forward, the right side of a ship is called this.', 'Starboard', 800, 76, 0);
INSERT INTO clue VALUES (380, 'A ship''s speed is measured in these, nautical miles per hour.', 'Knots', 1000, 76, 0);

INSERT INTO category VALUES (77, 'The alphabet', 7, 5, 1);
INSERT INTO clue VALUES (381, 'This is the last letter of the English alphabet.', 'Z', 200, 77, 0);
INSERT INTO clue VALUES (382, 'The English alphabet has this many letters.', '26', 400, 77, 0);
INSERT INTO clue VALUES (383, 'This vowel comes between H and J.', 'I', 600, 77, 0);
INSERT INTO clue VALUES (384, 'This letter is used more than any other in written English.', 'E', 800, 77, 0);
INSERT INTO clue VALUES (385, 'In the NATO phonetic alphabet, this word stands for the letter Z.', 'Zulu', 1000, 77, 0);

INSERT INTO category VALUES (78, 'Chess', 7, 6, 1);
INSERT INTO clue VALUES (386, 'This chess piece moves in an L shape.', 'Knight', 200, 78, 0);
INSERT INTO clue VALUES (387, 'A chessboard has this many squares.', '64', 400, 78, 0);
INSERT INTO clue VALUES (388, 'This most powerful chess piece can move any number of squares in a straight line in any direction.', 'Queen', 600, 78, 0);
INSERT INTO clue VALUES (389, 'This special move lets the king and a rook move in the same turn.', 'Castling', 800, 78, 0);
INSERT INTO clue VALUES (390, 'A pawn that reaches the far side of the board becomes another piece; this is called this.', 'Promotion', 1000, 78, 0);

-- Game 7, round 2

INSERT INTO category VALUES (79, 'Science', 7, 1, 2);
INSERT INTO clue VALUES (391, 'This is the name for the innermost part of the Earth.', 'Core', 400, 79, 0);
INSERT INTO clue VALUES (392, 'Your skin makes this vitamin when sunlight shines on it.', 'Vitamin D', 800, 79, 0);
INSERT INTO clue VALUES (393, 'This gas makes up about 78 percent of the air.', 'Nitrogen', 1200, 79, 0);
INSERT INTO clue VALUES (394, 'Electrical resistance is measured in this unit.', 'Ohm', 1600, 79, 0);
INSERT INTO clue VALUES (395, 'This Austrian physicist imagined a cat in a box to explain a puzzle of quantum physics.', 'Schrödinger', 2000, 79, 0);

INSERT INTO category VALUES (80, 'The moon', 7, 2, 2);
INSERT INTO clue VALUES (396, 'This is the name for the Moon when its whole face is lit.', 'Full moon', 400, 80, 0);
INSERT INTO clue VALUES (397, 'The Moon''s gravity is about one sixth of this planet''s.', 'Earth', 800, 80, 0);
INSERT INTO clue VALUES (398, 'This kind of eclipse happens when Earth''s shadow falls on the Moon.', 'Lunar eclipse', 1200, 80, 0);
INSERT INTO clue VALUES (399, 'The Apollo 11 lunar module that landed on the Moon in 1969 was named this.', 'Eagle', 1600, 80, 1);
INSERT INTO clue VALUES (400, 'The dark, flat areas of the Moon are called ''maria'', the Latin word for these.', 'Seas', 2000, 80, 0);

INSERT INTO category VALUES (81, 'Money', 7, 3, 2);
INSERT INTO clue VALUES (401, 'This is the currency of Japan.', 'Yen', 400, 81, 0);
INSERT INTO clue VALUES (402, 'This is the currency of the United Kingdom.', 'Pound', 800, 81, 0);
INSERT INTO clue VALUES (403, 'Many countries of the European Union use this currency.', 'Euro', 1200, 81, 0);
INSERT INTO clue VALUES (404, 'Paper money was first widely used in this country, more than a thousand years ago.', 'China', 1600, 81, 0);
INSERT INTO clue VALUES (405, 'Some of the earliest known coins were made in this ancient kingdom, in what is now Turkey.', 'Lydia', 2000, 81, 0);

INSERT INTO category VALUES (82, 'Explorers', 7, 4, 2);
INSERT INTO clue VALUES (406, 'This Venetian merchant wrote about his travels to China in the 1200s.', 'Marco Polo', 400, 82, 0);
INSERT INTO clue VALUES (407, 'This Portuguese explorer led the first expedition to sail around the world, though he died on the way.', 'Ferdinand Magellan', 800, 82, 0);
INSERT INTO clue VALUES (408, 'This Norwegian led the first expedition to reach the South Pole, in 1911.', 'Roald Amundsen', 1200, 82, 0);
INSERT INTO clue VALUES (409, 'In 1953 Edmund Hillary and this Sherpa mountaineer were the first to reach the top of Mount Everest.', 'Tenzing Norgay', 1600, 82, 0);
INSERT INTO clue VALUES (410, 'This Moroccan scholar traveled for almost 30 years in the 1300s and wrote about his journeys.', 'Ibn Battuta', 2000, 82, 0);

INSERT INTO category VALUES (83, 'Shakespeare', 7, 5, 2);
INSERT INTO clue VALUES (411, 'In this play, two young lovers from feuding families of Verona die.', 'Romeo and Juliet', 400, 83, 0);
INSERT INTO clue VALUES (412, 'This Danish prince says ''To be, or not to be''.', 'Hamlet', 800, 83, 0);
INSERT INTO clue VALUES (413, 'In ''Macbeth'', these three characters foretell that Macbeth will be king.', 'Witches', 1200, 83, 1);
INSERT INTO clue VALUES (414, 'Many of Shakespeare''s plays were first performed at this London theater.', 'The Globe', 1600, 83, 0);
INSERT INTO clue VALUES (415, 'Shakespeare was born in 1564 in this English market town.', 'Stratford-upon-Avon', 2000, 83, 0);

INSERT INTO category VALUES (84, 'Classic novels', 7, 6, 2);
INSERT INTO clue VALUES (416, 'In this 1865 book, a girl follows a white rabbit down a rabbit hole.', 'Alice''s Adventures in Wonderland', 400, 84, 0);
INSERT INTO clue VALUES (417, 'In Mary Shelley''s novel, this scientist creates a living creature.', 'Frankenstein', 800, 84, 0);
INSERT INTO clue VALUES (418, 'Herman Melville wrote this novel about Captain Ahab and a white whale.', 'Moby-Dick', 1200, 84, 0);
INSERT INTO clue VALUES (419, 'Jane Austen wrote this novel about Elizabeth Bennet and Mr. Darcy.', 'Pride and Prejudice', 1600, 84, 0);
INSERT INTO clue VALUES (420, 'This French author wrote ''Around the World in Eighty Days''.', 'Jules Verne', 2000, 84, 0);

COMMIT;
