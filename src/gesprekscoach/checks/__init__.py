"""Pure checks of the user's text (SMART goals, feedback); they take their texts as an argument."""
