# Uncaught KeyError.
prices = {"apple": 1.5, "pear": 2.0}

def price_of(item):
    return prices[item]

def total(items):
    return sum(price_of(i) for i in items)

print(total(["apple", "pear"]))
print(total(["apple", "mango"]))
