# A Wordplay pass over words.txt: words with "uu", palindromes, words with all five vowels.
uu = 0
palindromes = 0
all_vowels = 0
longest = ""
for line in open("words.txt"):
    word = line.strip()
    if "uu" in word:
        uu += 1
    if len(word) > 2 and word == word[::-1]:
        palindromes += 1
    if all(v in word for v in "aeiou"):
        all_vowels += 1
    if len(word) > len(longest):
        longest = word
print(uu, palindromes, all_vowels, longest)
