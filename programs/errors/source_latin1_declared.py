# -*- coding: latin-1 -*-
# A source file in Latin-1, declared by its coding comment (PEP 263).
word = "café crème"
print(word, len(word), word.encode("utf-8"))
