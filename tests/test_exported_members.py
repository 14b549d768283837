import __future__

import kg


def test_exported_members_are_sorted_and_complete():
    public = [name for name in vars(kg) if not name.startswith("_") or name == "__version__"]
    exported = [name for name in public if not isinstance(getattr(kg, name), type(kg))
                and not isinstance(getattr(kg, name), __future__._Feature)]
    assert sorted(kg.__all__, key=str.casefold) == sorted(exported, key=str.casefold)
