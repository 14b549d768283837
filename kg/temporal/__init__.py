"""Time in the stories: calendar values at their precision, time expressions in sentences, and
the stage that gives facts their intervals and makes their status relative to the story date."""
