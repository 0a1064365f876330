// Typed test double of the `obsidian` module: vitest aliases `obsidian` here, and the browser shim bundles it.
// Each class implements (a Pick of) the real declaration from obsidian.d.ts, so signatures cannot drift.
export { App } from './app';
export { ButtonComponent, DropdownComponent, TextComponent, ToggleComponent, BaseComponent, ValueComponent } from './components';
export { Component } from './component';
export { Editor } from './editor';
export { editorInfoField, editorLivePreviewField } from './editorFields';
export { Events, type EventRef } from './events';
export { FileManager } from './fileManager';
export { TAbstractFile, TFile, TFolder } from './files';
export { MarkdownRenderChild, MarkdownRenderer } from './markdownRenderer';
export { MarkdownView } from './markdownView';
export { MetadataCache } from './metadataCache';
export { Modal } from './modal';
export { FuzzySuggestModal } from './suggestModal';
export { Notice, notices } from './notice';
export { Plugin } from './plugin';
export { PluginSettingTab, Setting, SettingTab } from './setting';
export { debounce, getLanguage, getLinkpath, Keymap, normalizePath, parseLinktext, Platform, setAppLanguage, setIcon } from './util';
export { Vault } from './vault';
export { ItemView, View } from './views';
export { Workspace, WorkspaceLeaf } from './workspace';
export { parseYaml, stringifyYaml } from './yaml';
