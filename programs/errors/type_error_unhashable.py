# TypeError: unhashable type: 'list'.
def index_by(rows, key):
    table = {}
    for row in rows:
        table[row[key]] = row
    return table

print(index_by([{"id": 1}, {"id": 2}], "id"))
print(index_by([{"id": [1]}], "id"))
