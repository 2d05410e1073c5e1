import type { ButtonHTMLAttributes } from 'react';
import type { LucideIcon } from 'lucide-react';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: LucideIcon;
  /** What the button does, in words: its accessible name, and its visible text where the toolbar has room. */
  label: string;
  /** A longer tooltip (e.g. with the keyboard shortcut); the label when omitted. */
  title?: string;
}

/**
 * A toolbar button with an icon. The label stays discoverable however narrow the
 * toolbar: it is the accessible name and the tooltip, and its text is shown
 * beside the icon unless the toolbar's container query hides `.button-label`.
 */
export function IconButton({ icon: Icon, label, title, className, ...rest }: IconButtonProps) {
  return (
    <button type="button" aria-label={label} title={title ?? label} className={`icon-button${className ? ` ${className}` : ''}`} {...rest}>
      <Icon size={16} aria-hidden="true" focusable="false" />
      <span className="button-label">{label}</span>
    </button>
  );
}
