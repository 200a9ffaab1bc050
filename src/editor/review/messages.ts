import { defineMessages } from '../../i18n/messages';
import { reviewShellMessages } from './shell-messages';

export const reviewMessages = defineMessages({
  ...reviewShellMessages,
  intro: {
    en: 'Saving will change these settings of “{name}” on the server:',
    zh: '保存后，服务器上“{name}”的以下设置将被更改：',
  },
  introNew: {
    en: 'Saving will create the connection “{name}” on the server with these settings:',
    zh: '保存后，将在服务器上以下列设置创建连接“{name}”：',
  },
  noChanges: {
    en: 'There are no changes to save. Nothing will be sent to the server.',
    zh: '没有需要保存的更改，不会向服务器发送任何内容。',
  },
  setting: { en: 'Setting', zh: '设置' },
  before: { en: 'Before', zh: '原值' },
  after: { en: 'After', zh: '新值' },
  empty: { en: '(empty)', zh: '（空）' },
  notSet: { en: '(not set)', zh: '（未设置）' },
  removed: { en: '(removed)', zh: '（已删除）' },
  saveChanges: { en: 'Save changes', zh: '保存更改' },
  checking: { en: 'Checking whether someone else changed it…', zh: '正在检查是否有其他人修改过…' },
  conflictTitle: { en: 'Changed on the server since you opened it', zh: '自您打开后，服务器上的此连接已被修改' },
  conflictExplain: {
    en: 'Someone saved this connection after you opened it. Compare their changes with yours, then choose. Nothing has been sent yet.',
    zh: '在您打开此连接之后，有人保存了它。请对比对方的更改与您的更改后再做选择。目前尚未发送任何内容。',
  },
  theirChanges: { en: 'Their changes (now on the server)', zh: '对方的更改（服务器上的当前值）' },
  yourChanges: { en: 'Your changes (not saved yet)', zh: '您的更改（尚未保存）' },
  alsoYours: { en: 'you changed this too', zh: '您也修改了此项' },
  reloadTheirs: { en: 'Reload their version', zh: '载入对方的版本' },
  reloadExplain: {
    en: '“Reload their version” discards your edits and shows the connection as it is now on the server.',
    zh: '“载入对方的版本”会放弃您的编辑，并显示服务器上该连接的当前内容。',
  },
  overwrite: { en: 'Overwrite anyway', zh: '仍然覆盖' },
  overwriteExplain: {
    en: '“Overwrite anyway” saves exactly the version you reviewed: every setting, including the ones they changed, becomes yours.',
    zh: '“仍然覆盖”将完全按照您检查过的版本保存：所有设置（包括对方修改过的）都将以您的为准。',
  },
  gone: {
    en: 'The server no longer has a connection named “{name}”: it was renamed or deleted since you opened it. “Overwrite anyway” saves your version (matched by its id); “Back” keeps editing.',
    zh: '服务器上已不存在名为“{name}”的连接：自您打开后它已被重命名或删除。“仍然覆盖”会保存您的版本（按 ID 匹配）；“返回”继续编辑。',
  },
  checkFailed: {
    en: 'Could not check whether someone else changed this connection, so nothing was sent: {reason}',
    zh: '无法检查是否有其他人修改过此连接，因此没有发送任何内容：{reason}',
  },
});
