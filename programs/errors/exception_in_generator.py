# Exception raised inside a generator while it is being consumed.
def parse_all(lines):
    for line in lines:
        yield int(line)

def total(lines):
    result = 0
    for n in parse_all(lines):
        result += n
    return result

print(total(["1", "2"]))
print(total(["3", "four"]))
