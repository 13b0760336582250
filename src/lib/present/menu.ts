/**
 * The keys that move through an open menu of `count` items from the one at `index` (-1: focus is
 * not on an item yet): Down and Up step round, Home and End jump to the ends. Null: not a menu key.
 */
export function menuFocusTarget(key: string, index: number, count: number): number | null {
	if (count === 0) return null;
	switch (key) {
		case 'ArrowDown':
			return index < 0 ? 0 : (index + 1) % count;
		case 'ArrowUp':
			return index < 0 ? count - 1 : (index - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}
