import type { DeviceOption } from './use-media-devices';

/** One select of devices; "System default" when the remembered one is not connected. */
export function DevicePicker({
  label,
  devices,
  value,
  onChange,
  disabled,
}: {
  label: string;
  devices: DeviceOption[];
  value: string | null;
  onChange(id: string | null): void;
  disabled?: boolean;
}) {
  const known = value !== null && devices.some((d) => d.id === value);
  return (
    <label className="field device-picker">
      <span>{label}</span>
      <select
        value={known ? (value ?? '') : ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">System default</option>
        {devices.map((d) => (
          <option key={d.id} value={d.id}>
            {d.label}
          </option>
        ))}
      </select>
    </label>
  );
}
