import { useOnline } from '../app/use-online';
import { Icon } from './Icon';

export function OnlineIndicator() {
  const online = useOnline();
  return (
    <div
      className={`online-indicator ${online ? 'is-online' : 'is-offline'}`}
      role="status"
      data-testid="online-indicator"
      title={online ? 'Scores sync when you are signed in' : 'Everything keeps working offline; scores sync later'}
    >
      <Icon name={online ? 'online' : 'offline'} size={16} />
      <span>{online ? 'Online' : 'Offline'}</span>
    </div>
  );
}
