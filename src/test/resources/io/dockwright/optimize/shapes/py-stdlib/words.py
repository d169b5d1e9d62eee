from collections import Counter


def count_words(text):
    return sum(Counter(text.split()).values())
